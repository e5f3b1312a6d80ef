package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmServices;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Maintenance mode through the Node Maintenance Operator where the cluster has its CRD (the demo
 * simulates the operator), and VirtDeck's own cordon and drain where it does not.
 */
class NodeMaintenanceIT {

  private static final UserIdentity ADMIN = UserIdentity.of("admin", DemoUsers.ADMIN.groups());

  private static TaskTestbed bed;
  private static VmInventory vms;
  private static VmOperations power;
  private static HostInventory hosts;
  private static HostOperations operations;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    vms = new VmInventory(bed.cluster.caches, bed.cluster.connection);
    hosts = new HostInventory(bed.cluster.caches, bed.reviews);
    power = VmServices.operations(vms, bed.cluster.caches, bed.reviews, bed.tasks);
    operations = new HostOperations(hosts, bed.reviews, bed.tasks, power, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    operations.destroy();
    vms.destroy();
    bed.close();
  }

  private static void awaitFinished(Task task, TaskStatus expected) {
    await().atMost(Duration.ofSeconds(120)).until(() -> bed.latest(task).status().finished());
    assertThat(bed.latest(task).status()).as("%s", bed.latest(task).failure()).isEqualTo(expected);
  }

  @Test
  void theOperatorDrainsTheHostAVmThatCannotMoveHoldsItAndExitDeletesTheNodeMaintenance() {
    ResourceKey stuck = new ResourceKey("dev", "ci-runner-01");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> hosts.running(stuck) && hosts.notMigratable(stuck).isPresent());
    String host = hosts.vmi(stuck).orElseThrow().getStatus().nodeName;
    assertThat(hosts.nodeMaintenanceAvailable()).isTrue();
    assertThat(operations.mayUseOperator(ADMIN)).isTrue();
    assertThat(operations.mayUseOperator(TaskTestbed.OPERATOR)).isFalse();
    bed.cluster.server.clearReceivedRequests();

    Task enter = operations.enterMaintenanceWithOperator(ADMIN, host);

    // the VMs that can move leave; the one that cannot is a pending pod with KubeVirt's refusal
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              var state = hosts.nodeMaintenance(host).orElseThrow();
              assertThat(state.phase()).isEqualTo("Running");
              assertThat(state.pendingPods()).containsExactly("virt-launcher-ci-runner-01");
              assertThat(state.lastError()).contains("not live-migratable");
              assertThat(hosts.vmisOn(host, NamespaceScope.ALL))
                  .extracting(io.virtdeck.cluster.Keys::of)
                  .containsExactly(stuck);
            });
    assertThat(bed.latest(enter).status()).isEqualTo(TaskStatus.RUNNING);
    assertThat(hosts.host(host).orElseThrow().cordoned()).isTrue();
    assertThat(bed.cluster.server.receivedRequests())
        .filteredOn(r -> r.method().equals("POST") && r.path().endsWith("/nodemaintenances"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.impersonatedUser()).isEqualTo("admin");
              assertThat(r.body()).contains("\"nodeName\":\"" + host + "\"");
            });

    awaitFinished(power.run(ADMIN, PowerAction.POWER_OFF, stuck), TaskStatus.COMPLETED);
    awaitFinished(enter, TaskStatus.COMPLETED);
    assertThat(hosts.nodeMaintenance(host).orElseThrow().drainProgress()).isEqualTo(100);

    Task exit = operations.exitMaintenance(ADMIN, host);

    awaitFinished(exit, TaskStatus.COMPLETED);
    assertThat(hosts.nodeMaintenance(host)).isEmpty();
    assertThat(hosts.host(host).orElseThrow().state()).isEqualTo(HostState.CONNECTED);
    assertThat(bed.latest(exit).commands())
        .anySatisfy(c -> assertThat(c).contains("delete").contains("nodemaintenance-" + host));
  }

  @Test
  void withoutTheOperatorsCrdNothingIsCachedAndVirtDeckDrainsByItself() {
    try (DemoApiServer server = DemoApiServer.start(0);
        var client =
            new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder().withMasterUrl(server.url()).build())
                .build()) {
      server
          .adminClient()
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .withName("nodemaintenances.nodemaintenance.medik8s.io")
          .delete();
      ClusterCaches without = new ClusterCaches(client, bed.cluster.properties);
      try {
        without.awaitSync();
        assertThat(without.nodeMaintenances()).isEmpty();
        assertThat(without.kinds()).contains("Node").doesNotContain("NodeMaintenance");
        var inventory = new HostInventory(without, bed.reviews);
        assertThat(inventory.nodeMaintenanceAvailable()).isFalse();
        assertThat(inventory.nodeMaintenance("worker-01")).isEmpty();
        assertThat(
                new HostOperations(inventory, bed.reviews, bed.tasks, power, Clock.systemUTC())
                    .mayUseOperator(ADMIN))
            .isFalse();
      } finally {
        without.destroy();
      }
    }
  }
}
