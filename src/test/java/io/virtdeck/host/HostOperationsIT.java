package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmServices;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/** Migrate and maintenance mode against the demo cluster and its simulated KubeVirt. */
class HostOperationsIT {

  private static final UserIdentity ADMIN = UserIdentity.of("admin", DemoUsers.ADMIN.groups());

  private static TaskTestbed bed;
  private static VmInventory vms;
  private static HostInventory hosts;
  private static HostOperations operations;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    vms = new VmInventory(bed.cluster.caches, bed.cluster.connection);
    hosts = new HostInventory(bed.cluster.caches, bed.reviews);
    operations =
        new HostOperations(
            hosts,
            bed.reviews,
            bed.tasks,
            VmServices.operations(vms, bed.cluster.caches, bed.reviews, bed.tasks),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    operations.destroy();
    vms.destroy();
    bed.close();
  }

  private static String hostOf(ResourceKey vm) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                hosts
                    .vmi(vm)
                    .map(v -> v.getStatus() != null && "Running".equals(v.getStatus().phase))
                    .orElse(false));
    return hosts.vmi(vm).orElseThrow().getStatus().nodeName;
  }

  private static void awaitFinished(Task task, TaskStatus expected) {
    await().atMost(Duration.ofSeconds(120)).until(() -> bed.latest(task).status().finished());
    assertThat(bed.latest(task).status()).as("%s", bed.latest(task).failure()).isEqualTo(expected);
  }

  @Test
  void operatorMigratesToTheChosenHostAndTheVmKeepsItsFields() {
    ResourceKey vm = new ResourceKey("shop", "web-01");
    String source = hostOf(vm);
    String target = source.equals("worker-02") ? "worker-01" : "worker-02";
    Map<String, Object> specBefore = bed.templateSpec(vm);
    bed.cluster.server.clearReceivedRequests();

    Task task = operations.migrate(TaskTestbed.OPERATOR, vm, target);

    awaitFinished(task, TaskStatus.COMPLETED);
    assertThat(hosts.vmi(vm).orElseThrow().getStatus().nodeName).isEqualTo(target);
    assertThat(bed.cluster.server.receivedRequests())
        .filteredOn(
            r ->
                r.method().equals("POST") && r.path().endsWith("/virtualmachineinstancemigrations"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.impersonatedUser()).isEqualTo("operator");
              assertThat(r.body())
                  .contains("\"addedNodeSelector\":{\"kubernetes.io/hostname\":\"" + target + "\"}")
                  .contains("\"vmiName\":\"web-01\"");
            });
    assertThat(bed.templateSpec(vm)).isEqualTo(specBefore);
    assertThat(bed.latest(task).commands())
        .anySatisfy(c -> assertThat(c).contains("virtctl migrate web-01 -n shop"));
  }

  @Test
  void helpdeskIsRefusedBeforeAnythingIsSent() {
    ResourceKey vm = new ResourceKey("shop", "app-01");
    hostOf(vm);
    bed.cluster.server.clearReceivedRequests();
    assertThat(operations.mayMigrate(TaskTestbed.HELPDESK, "shop")).isFalse();
    assertThat(operations.mayMaintain(TaskTestbed.OPERATOR, "worker-01")).isFalse();
    assertThat(operations.mayMaintain(ADMIN, "worker-01")).isTrue();

    Task task = operations.migrate(TaskTestbed.HELPDESK, vm, null);

    awaitFinished(task, TaskStatus.FAILED);
    assertThat(bed.latest(task).failure().key()).isEqualTo("task.failed.forbidden");
    assertThat(bed.cluster.server.receivedRequests())
        .noneMatch(r -> r.path().contains("virtualmachineinstancemigrations"));
  }

  @Test
  void maintenanceDrainsTheHostAndExitUncordonsIt() {
    ResourceKey stuck = new ResourceKey("dev", "ci-runner-01");
    String host = hostOf(stuck);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                hosts.notMigratable(stuck).isPresent()
                    && hosts.vmisOn(host, NamespaceScope.ALL).size() > 1);

    List<DrainProgress> published = new CopyOnWriteArrayList<>();
    Disposable listening =
        operations.drainChanges().filter(p -> p.host().equals(host)).subscribe(published::add);

    Task enter = operations.enterMaintenance(ADMIN, host, NonMigratableOption.POWER_OFF);

    awaitFinished(enter, TaskStatus.COMPLETED);
    // a view showing the drain hears of its end from the drain itself, whatever the cache did last
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !published.isEmpty() && published.getLast().done());
    listening.dispose();
    assertThat(published.getLast().moved()).isEqualTo(published.getLast().total()).isPositive();
    assertThat(published.getLast().ended()).isNotNull();
    assertThat(hosts.host(host).orElseThrow().state()).isEqualTo(HostState.MAINTENANCE);
    assertThat(hosts.vmisOn(host, NamespaceScope.ALL)).isEmpty();
    DrainProgress drain = operations.drain(host).orElseThrow();
    assertThat(drain.done()).isTrue();
    assertThat(drain.entries())
        .anySatisfy(
            e -> {
              assertThat(e.vm()).isEqualTo(stuck);
              assertThat(e.state()).isEqualTo(DrainProgress.State.STOPPED);
            })
        .anySatisfy(e -> assertThat(e.state()).isEqualTo(DrainProgress.State.DONE));
    assertThat(bed.latest(enter).commands()).containsExactly("kubectl cordon " + host);
    HostEvents events = new HostEvents(bed.cluster.caches, bed.reviews, Clock.systemUTC());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(events.of(host, events.scope(ADMIN)))
                    .extracting(HostEvent::reason)
                    .contains("NodeNotSchedulable", "Migrated"));
    String moved =
        drain.entries().stream()
            .filter(e -> e.state() == DrainProgress.State.DONE)
            .findFirst()
            .orElseThrow()
            .vm()
            .namespace();
    // a user who may list events only where a moved VM lives sees neither the Node's events nor
    // those of other namespaces
    assertThat(events.of(host, NamespaceScope.only(java.util.Set.of(moved))))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.object()).contains(" " + moved + "/"));

    Task exit = operations.exitMaintenance(ADMIN, host);

    awaitFinished(exit, TaskStatus.COMPLETED);
    assertThat(hosts.host(host).orElseThrow().state()).isEqualTo(HostState.CONNECTED);
  }

  @Test
  void exitingMaintenanceEndsTheUnfinishedEnterTask() {
    var enter =
        new MaintenanceOperation(
            "worker-04", true, hosts, () -> DrainProgress.none("worker-04"), () -> true);
    assertThat(enter.progress())
        .isEqualTo(
            io.virtdeck.task.Outcome.failed(
                io.virtdeck.task.Message.of("task.failed.drain-cancelled", "worker-04")));
  }

  @Test
  void exitMaintenanceCancelsTheMigrationsStillQueued() {
    // a host with more VMs that can move than KubeVirt lets leave it at once (2): some wait
    String host =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(HostOperationsIT::busiestHost, h -> movable(h).size() >= 3);
    List<DrainProgress> published = new CopyOnWriteArrayList<>();
    Disposable listening =
        operations.drainChanges().filter(p -> p.host().equals(host)).subscribe(published::add);
    bed.cluster.server.clearReceivedRequests();

    Task enter = operations.enterMaintenance(ADMIN, host, NonMigratableOption.LEAVE_AND_WAIT);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !published.isEmpty() && !queued(published.getLast()).isEmpty());
    Task exit = operations.exitMaintenance(ADMIN, host);
    // no step runs after the exit: the last progress published says what was still queued
    List<ResourceKey> queued = queued(published.getLast());
    listening.dispose();

    assertThat(queued).isNotEmpty();
    awaitFinished(exit, TaskStatus.COMPLETED);
    awaitFinished(enter, TaskStatus.FAILED);
    assertThat(hosts.host(host).orElseThrow().state()).isEqualTo(HostState.CONNECTED);
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(30))
        .until(() -> queued.stream().noneMatch(HostOperationsIT::migrationSent));
    assertThat(queued).allSatisfy(vm -> assertThat(hostOf(vm)).isEqualTo(host));
  }

  private static String busiestHost() {
    return hosts.hosts().stream()
        .max(java.util.Comparator.comparingInt(h -> movable(h.name()).size()))
        .orElseThrow()
        .name();
  }

  private static List<ResourceKey> movable(String host) {
    return hosts.vmisOn(host, NamespaceScope.ALL).stream()
        .map(io.virtdeck.cluster.Keys::of)
        .filter(vm -> hosts.notMigratable(vm).isEmpty())
        .toList();
  }

  private static List<ResourceKey> queued(DrainProgress progress) {
    return progress.entries().stream()
        .filter(e -> e.state() == DrainProgress.State.QUEUED)
        .map(DrainProgress.Entry::vm)
        .toList();
  }

  private static boolean migrationSent(ResourceKey vm) {
    return bed.cluster.server.receivedRequests().stream()
        .anyMatch(
            r ->
                r.method().equals("POST")
                    && r.path()
                        .endsWith(
                            "/namespaces/" + vm.namespace() + "/virtualmachineinstancemigrations")
                    && r.body().contains("\"vmiName\":\"" + vm.name() + "\""));
  }
}
