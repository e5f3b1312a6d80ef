package io.virtdeck.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.DemoClusterFixture;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmServices;
import io.virtdeck.vm.rows.PowerState;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Take, revert and delete snapshots against the demo cluster and its simulated controller. */
class SnapshotOperationsIT {

  private static final UserIdentity OPERATOR = TaskTestbed.OPERATOR;
  private static final UserIdentity HELPDESK = TaskTestbed.HELPDESK;

  private static TaskTestbed bed;
  private static DemoClusterFixture cluster;
  private static VmInventory inventory;
  private static Snapshots snapshots;
  private static SnapshotOperations operations;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    cluster = bed.cluster;
    inventory = new VmInventory(cluster.caches, cluster.connection);
    SnapshotStore store = new SnapshotStore(cluster.caches, inventory);
    snapshots = new Snapshots(store, cluster.caches, inventory, bed.reviews);
    operations =
        new SnapshotOperations(
            store,
            bed.tasks,
            VmServices.operations(inventory, cluster.caches, bed.reviews, bed.tasks),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    inventory.destroy();
    bed.close();
  }

  @Test
  void snapshotOfARunningVmBecomesReadyWithItsIndicationsAndDescription() {
    ResourceKey vm = new ResourceKey("shop", "web-01");
    await().until(() -> power(vm) == PowerState.POWERED_ON);
    cluster.server.clearReceivedRequests();

    Task task = operations.take(OPERATOR, vm, "web-01-it-online", "Before the IT");

    bed.awaitFinished(task, TaskStatus.COMPLETED);
    SnapshotRow row = snapshot(vm, "web-01-it-online");
    assertThat(row.ready()).isTrue();
    assertThat(row.indications()).containsExactly("Online", "GuestAgent");
    assertThat(row.description()).isEqualTo("Before the IT");
    assertThat(row.sizeBytes()).isPositive();
    assertThat(cluster.server.receivedRequests())
        .filteredOn(r -> r.method().equals("POST") && r.path().endsWith("/virtualmachinesnapshots"))
        .singleElement()
        .satisfies(r -> assertThat(r.impersonatedUser()).isEqualTo("operator"));
    assertThat(bed.latest(task).commands().get(0)).startsWith("kubectl create -f - <<'EOF'");
    assertThat(bed.latest(task).yamlAfter()).contains("readyToUse: true");
  }

  @Test
  void snapshotOfADiskWithoutVolumeSnapshotClassFailsNamingDiskAndStorageClass() {
    ResourceKey vm = new ResourceKey("dev", "ci-runner-01");

    Task task = operations.take(OPERATOR, vm, "ci-runner-01-it", "");

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.snapshot");
    assertThat(bed.latest(task).failure().args().get(0))
        .contains("No VolumeSnapshotClass", "local-path", "rootdisk");
    assertThat(snapshot(vm, "ci-runner-01-it").failed()).isTrue();
  }

  @Test
  void powerOffRevertAndPowerOnRestoresTheSpecAndKeepsUnknownFields() {
    ResourceKey vm = new ResourceKey("shop", "app-02");
    await().until(() -> power(vm) == PowerState.POWERED_ON);
    bed.awaitFinished(operations.take(OPERATOR, vm, "app-02-good", ""), TaskStatus.COMPLETED);
    DemoClient.mergePatch(
        vmResource(vm),
        "{\"metadata\":{\"labels\":{\"x\":\"y\"}},\"spec\":{\"template\":{\"spec\":{\"domain\":{\"cpu\":{\"cores\":7}}}}}}");
    await().until(() -> cores(vm) == 7);

    io.virtdeck.task.Operation shown = operations.prepareRevert(vm, "app-02-good");
    String restore = restoreName(shown);
    assertThat(String.join("\n", shown.commands())).contains("vmrestore/" + restore);

    Task off = operations.powerOffAndRevert(OPERATOR, vm, shown, true);

    bed.awaitFinished(off, TaskStatus.COMPLETED);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> titles(vm).contains("task.power_on") && power(vm) == PowerState.POWERED_ON);
    assertThat(cores(vm)).isNotEqualTo(7);
    assertThat(bed.templateSpec(vm)).containsKey("terminationGracePeriodSeconds");
    assertThat(
            cluster
                .server
                .adminClient()
                .genericKubernetesResources("snapshot.kubevirt.io/v1beta1", "VirtualMachineRestore")
                .inNamespace(vm.namespace())
                .withName(restore)
                .get())
        .as("the restore the dialog showed is the one created")
        .isNotNull();
    assertThat(snapshots.tree(OPERATOR, vm).getFirst().children().getLast().youAreHereMarker())
        .isTrue();
  }

  @Test
  void revertOfARunningVmFailsAndLeavesTheVmAsItWas() {
    ResourceKey vm = new ResourceKey("shop", "web-01");
    await().until(() -> power(vm) == PowerState.POWERED_ON);
    String seeded = "web-01-before-upgrade";
    Map<String, Object> before = bed.templateSpec(vm);

    Task task = operations.revert(OPERATOR, vm, seeded);

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.restore");
    assertThat(bed.latest(task).failure().args().get(0)).contains("not stopped");
    assertThat(power(vm)).isEqualTo(PowerState.POWERED_ON);
    assertThat(bed.templateSpec(vm)).isEqualTo(before);
  }

  @Test
  void deleteOneAndAllSnapshots() {
    ResourceKey vm = new ResourceKey("infra", "dns-01");
    bed.awaitFinished(operations.take(OPERATOR, vm, "dns-01-a", ""), TaskStatus.COMPLETED);
    bed.awaitFinished(operations.take(OPERATOR, vm, "dns-01-b", ""), TaskStatus.COMPLETED);

    bed.awaitFinished(
        operations.delete(OPERATOR, new ResourceKey("infra", "dns-01-a")), TaskStatus.COMPLETED);
    assertThat(snapshots.snapshotsOf(OPERATOR, vm))
        .extracting(SnapshotRow::name)
        .doesNotContain("dns-01-a");

    operations.deleteAll(OPERATOR, vm).forEach(t -> bed.awaitFinished(t, TaskStatus.COMPLETED));
    assertThat(snapshots.snapshotsOf(OPERATOR, vm)).isEmpty();
  }

  @Test
  void forbiddenUserIsRefusedBeforeAnythingIsSent() {
    ResourceKey vm = new ResourceKey("shop", "web-01");
    cluster.server.clearReceivedRequests();

    Task task = operations.take(HELPDESK, vm, "helpdesk-try", "");

    bed.awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.forbidden");
    assertThat(cluster.server.receivedRequests())
        .noneMatch(r -> r.method().equals("POST") && r.path().contains("virtualmachinesnapshots"));
    assertThat(snapshots.permitted(HELPDESK, SnapshotAction.TAKE, "shop")).isFalse();
    assertThat(snapshots.permitted(OPERATOR, SnapshotAction.REVERT, "shop")).isTrue();
  }

  @SuppressWarnings("unchecked")
  private static String restoreName(io.virtdeck.task.Operation revert) {
    Map<String, Object> body =
        io.fabric8.kubernetes.client.utils.Serialization.unmarshal(revert.call().body(), Map.class);
    return (String) ((Map<String, Object>) body.get("metadata")).get("name");
  }

  private static SnapshotRow snapshot(ResourceKey vm, String name) {
    return snapshots.snapshotsOf(OPERATOR, vm).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static java.util.List<String> titles(ResourceKey vm) {
    return bed.tasks.visibleTo(OPERATOR).stream()
        .filter(t -> t.target().equals(vm) && t.status() == TaskStatus.COMPLETED)
        .map(Task::titleKey)
        .toList();
  }

  private static PowerState power(ResourceKey vm) {
    return inventory.row(vm, UserScopes.ALL).orElseThrow().powerState();
  }

  private static io.fabric8.kubernetes.client.dsl.Resource<
          io.fabric8.kubernetes.api.model.GenericKubernetesResource>
      vmResource(ResourceKey vm) {
    return cluster
        .server
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(vm.namespace())
        .withName(vm.name());
  }

  @SuppressWarnings("unchecked")
  private static int cores(ResourceKey vm) {
    Map<String, Object> domain = (Map<String, Object>) bed.templateSpec(vm).get("domain");
    Object cores = ((Map<String, Object>) domain.getOrDefault("cpu", Map.of())).get("cores");
    return cores instanceof Number n ? n.intValue() : 0;
  }
}
