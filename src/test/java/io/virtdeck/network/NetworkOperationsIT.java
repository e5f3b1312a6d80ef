package io.virtdeck.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.DemoClusterFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Port group and NIC operations against the demo cluster, sent as the signed-in user. */
class NetworkOperationsIT {

  static final UserIdentity OPERATOR = UserIdentity.of("operator", DemoUsers.OPERATOR.groups());
  static final UserIdentity HELPDESK = UserIdentity.of("helpdesk", DemoUsers.HELPDESK.groups());

  static NetworkTestbed bed;
  static DemoClusterFixture cluster;
  static PortGroups portGroups;
  static NetworkOperations operations;

  @BeforeAll
  static void start() {
    bed = new NetworkTestbed();
    cluster = bed.cluster;
    portGroups = bed.portGroups;
    operations = bed.operations;
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  @Test
  void newPortGroupIsOfferedOnlyToUsersWhoMayCreateOneSomewhere() {
    assertThat(operations.mayCreatePortGroupSomewhere(OPERATOR)).isTrue();
    assertThat(operations.mayCreatePortGroupSomewhere(HELPDESK)).isFalse();
  }

  @Test
  void createAndDeleteAPortGroupWithAVlan() {
    NewPortGroup group =
        new NewPortGroup("vlan-333-test", "shop", PortGroupType.LINUX_BRIDGE, "br1", 333, 1500);
    assertThat(operations.mayCreatePortGroup(OPERATOR, "shop")).isTrue();
    assertThat(operations.checkPortGroup(group)).isEmpty();
    cluster.server.clearReceivedRequests();

    awaitFinished(operations.run(OPERATOR, operations.prepareCreate(group)), TaskStatus.COMPLETED);

    ResourceKey key = new ResourceKey("shop", "vlan-333-test");
    assertThat(portGroups.get(key, NamespaceScope.ALL).orElseThrow())
        .extracting(PortGroup::type, PortGroup::vlan, PortGroup::network, PortGroup::mtu)
        .containsExactly(PortGroupType.LINUX_BRIDGE, 333, "br1", 1500);
    assertThat(cluster.server.receivedRequests())
        .filteredOn(r -> r.method().equals("POST") && r.path().contains("network-attachment"))
        .singleElement()
        .satisfies(r -> assertThat(r.impersonatedUser()).isEqualTo("operator"));
    assertThat(operations.checkPortGroup(group))
        .extracting(m -> m.key())
        .containsExactly("net.invalid.port-group-taken");
    assertThat(operations.deleteRefusal(UserScopes.ALL, key)).isEmpty();

    awaitFinished(operations.run(OPERATOR, operations.prepareDelete(key)), TaskStatus.COMPLETED);
    assertThat(portGroups.get(key, NamespaceScope.ALL)).isEmpty();
  }

  @Test
  void aPortGroupInUseCannotBeDeletedAndNamesItsVms() {
    ResourceKey dmz = new ResourceKey("shop", "vlan-200-dmz");
    assertThat(portGroups.connected(dmz, UserScopes.ALL)).isNotEmpty();
    assertThat(operations.deleteRefusal(UserScopes.ALL, dmz).orElseThrow().args().get(1))
        .contains("shop/");
    PortGroup broken =
        portGroups.get(new ResourceKey("dev", "legacy-broken"), NamespaceScope.ALL).orElseThrow();
    assertThat(broken.unreadable()).isTrue();
  }

  @Test
  void hotPlugAndUnplugANicOnARunningVmKeepingUnknownFields() {
    ResourceKey vm = new ResourceKey("shop", "web-01");
    await().until(() -> portGroups.running(vm));
    cluster.server.clearReceivedRequests();

    NewNic nic = new NewNic("nic-hot", "default/vlan-100-prod", "virtio", "02:aa:00:00:00:01");
    assertThat(operations.checkNic(vm, nic)).isEmpty();
    awaitFinished(operations.run(OPERATOR, operations.prepareAdd(vm, nic)), TaskStatus.COMPLETED);

    await()
        .untilAsserted(
            () ->
                assertThat(nic(vm, "nic-hot"))
                    .satisfies(n -> assertThat(n.state()).isEqualTo(NicRow.State.ACTIVE))
                    .satisfies(n -> assertThat(n.macAddress()).isEqualTo("02:aa:00:00:00:01"))
                    .satisfies(
                        n ->
                            assertThat(n.ipAddresses())
                                .first()
                                .asString()
                                .startsWith("192.168.100.")));
    assertThat(cluster.server.receivedRequests())
        .filteredOn(r -> r.method().equals("PATCH") && r.path().endsWith("/web-01"))
        .first()
        .satisfies(r -> assertThat(r.impersonatedUser()).isEqualTo("operator"));
    assertThat(templateSpec(vm)).containsKey("terminationGracePeriodSeconds");
    assertThat(portGroups.connected(new ResourceKey("default", "vlan-100-prod"), UserScopes.ALL))
        .anyMatch(c -> c.vm().equals(vm) && c.nicName().equals("nic-hot"));
    assertThat(operations.checkNic(vm, nic))
        .extracting(m -> m.key())
        .containsExactly("net.invalid.nic-duplicate", "net.invalid.mac-duplicate");

    NicOperation remove = operations.prepareRemove(vm, "nic-hot");
    assertThat(remove.change()).isEqualTo(NicChange.UNPLUG);
    awaitFinished(operations.run(OPERATOR, remove), TaskStatus.COMPLETED);
    await()
        .untilAsserted(
            () -> assertThat(portGroups.nics(vm)).noneMatch(n -> n.name().equals("nic-hot")));
    assertThat(templateSpec(vm)).containsKey("terminationGracePeriodSeconds");
  }

  @Test
  void anE1000eNicOrANewPortGroupCannotBeLiveAndIsPendingRestart() {
    ResourceKey vm = new ResourceKey("shop", "web-02");
    await().until(() -> portGroups.running(vm) || !portGroups.nics(vm).isEmpty());
    NewNic nic = new NewNic("nic-legacy", "vlan-200-dmz", "e1000e", "");
    awaitFinished(operations.run(OPERATOR, operations.prepareAdd(vm, nic)), TaskStatus.COMPLETED);
    if (portGroups.running(vm)) {
      await().until(() -> nic(vm, "nic-legacy").state() == NicRow.State.PENDING_RESTART);
    } else {
      assertThat(nic(vm, "nic-legacy").state()).isEqualTo(NicRow.State.ACTIVE);
    }
    NicOperation reconnect = operations.prepareReconnect(vm, "nic-1", "default/vlan-100-prod");
    awaitFinished(operations.run(OPERATOR, reconnect), TaskStatus.COMPLETED);
    assertThat(nic(vm, "nic-1").networkName()).isEqualTo("default/vlan-100-prod");
    if (portGroups.running(vm)) {
      await().until(() -> nic(vm, "nic-1").state() == NicRow.State.PENDING_RESTART);
    }
  }

  @Test
  void changePortGroupKeepsOtherMultusFieldsAndRefusesAPortGroupChangedMeanwhile() {
    ResourceKey vm = new ResourceKey("shop", "db-01");
    adminPatch(
        vm,
        "[{\"op\":\"add\",\"path\":\"/spec/template/spec/networks/1/multus/default\","
            + "\"value\":true}]");
    await().until(() -> multus(vm).containsKey("default"));
    String seenOn = nic(vm, "nic-1").networkName();

    NicOperation reconnect = operations.prepareReconnect(vm, "nic-1", "default/vlan-100-prod");
    awaitFinished(operations.run(OPERATOR, reconnect), TaskStatus.COMPLETED);
    assertThat(multus(vm))
        .containsEntry("default", true)
        .containsEntry("networkName", "default/vlan-100-prod");

    NicOperation stale = operations.prepareReconnect(vm, "nic-1", "default/vlan-100-prod", seenOn);
    adminPatch(
        vm,
        "[{\"op\":\"replace\",\"path\":\"/spec/template/spec/networks/1/multus/networkName\","
            + "\"value\":\"vlan-200-dmz\"}]");
    await().until(() -> nic(vm, "nic-1").networkName().equals("vlan-200-dmz"));
    Task conflict = operations.run(OPERATOR, stale);
    awaitFinished(conflict, TaskStatus.FAILED);
    assertThat(latest(conflict).failure().key()).isEqualTo("task.failed.conflict");
    assertThat(multus(vm))
        .containsEntry("networkName", "vlan-200-dmz")
        .containsEntry("default", true);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> multus(ResourceKey vm) {
    var networks = (java.util.List<Map<String, Object>>) templateSpec(vm).get("networks");
    return (Map<String, Object>) networks.get(1).get("multus");
  }

  @Test
  void aNicListChangedMeanwhileIsRefusedOtherChangesAreNotAndAForbiddenUserSendsNothing() {
    ResourceKey vm = new ResourceKey("finance", "erp-02");
    NicOperation add =
        operations.prepareAdd(vm, new NewNic("nic-9", "vlan-110-finance", "virtio", ""));
    adminPatch(vm, "[{\"op\":\"add\",\"path\":\"/metadata/labels/touched\",\"value\":\"yes\"}]");
    await().until(() -> seen(vm).getMetadata().getLabels().containsKey("touched"));
    awaitFinished(operations.run(OPERATOR, add), TaskStatus.COMPLETED);
    await().until(() -> portGroups.nics(vm).stream().anyMatch(n -> n.name().equals("nic-9")));

    NicOperation stale = operations.prepareRemove(vm, "nic-9");
    adminPatch(
        vm,
        "[{\"op\":\"add\",\"path\":\"/spec/template/spec/domain/devices/interfaces/0\","
            + "\"value\":{\"name\":\"inserted\",\"bridge\":{}}}]");
    await()
        .until(
            () ->
                "inserted"
                    .equals(
                        seen(vm)
                            .getSpec()
                            .template
                            .spec
                            .domain
                            .devices
                            .interfaces
                            .getFirst()
                            .name));
    Task conflict = operations.run(OPERATOR, stale);
    awaitFinished(conflict, TaskStatus.FAILED);
    assertThat(latest(conflict).failure().key()).isEqualTo("task.failed.conflict");
    assertThat(portGroups.nics(vm)).anyMatch(n -> n.name().equals("nic-9"));

    cluster.server.clearReceivedRequests();
    assertThat(operations.mayChangeNics(HELPDESK, vm)).isFalse();
    Task forbidden =
        operations.run(
            HELPDESK,
            operations.prepareAdd(vm, new NewNic("nic-9", "vlan-110-finance", "virtio", "")));
    awaitFinished(forbidden, TaskStatus.FAILED);
    assertThat(latest(forbidden).failure().key()).isEqualTo("task.failed.forbidden");
    assertThat(cluster.server.receivedRequests())
        .noneMatch(r -> r.method().equals("PATCH") && "helpdesk".equals(r.impersonatedUser()));
  }

  private static NicRow nic(ResourceKey vm, String name) {
    return bed.nic(vm, name);
  }

  private static void awaitFinished(Task task, TaskStatus expected) {
    bed.awaitFinished(task, expected);
  }

  private static Task latest(Task task) {
    return bed.latest(task);
  }

  private static Map<String, Object> templateSpec(ResourceKey vm) {
    return bed.templateSpec(vm);
  }

  private static VirtualMachine seen(ResourceKey vm) {
    return cluster.caches.virtualMachines().get(vm).orElseThrow();
  }

  /** A change by someone else, as a JSON patch (an edit could itself meet a 409). */
  private static void adminPatch(ResourceKey vm, String jsonPatch) {
    cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name())
        .patch(PatchContext.of(PatchType.JSON), jsonPatch);
  }
}
