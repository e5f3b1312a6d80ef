package io.virtdeck.host;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The host actions as tasks run as the user: Migrate (to a host or the scheduler's choice), Cancel
 * migration, Enter maintenance mode (cordon, then drain: migrations within KubeVirt's limits, the
 * chosen option for VMs that cannot move) and Exit maintenance mode (uncordon, cancel what is still
 * queued). Drains are driven by a one-second tick and by cache changes; each step's progress is
 * published ({@link #drainChanges()}), so a view showing it hears of every VM that moved, including
 * the last one, and of the elapsed time, not only of the cache changes it raced with.
 */
@Service
public class HostOperations implements DisposableBean {

  private final HostInventory inventory;
  private final AccessReviews reviews;
  private final TaskService tasks;
  private final VmOperations vms;
  private final Clock clock;
  private static final Logger LOG = LoggerFactory.getLogger(HostOperations.class);

  private final Map<String, DrainRun> drains = new ConcurrentHashMap<>();
  private final Sinks.Many<DrainProgress> progress = Sinks.many().multicast().directBestEffort();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("host-drains").daemon().factory());
  private final Disposable changes;

  HostOperations(
      HostInventory inventory,
      AccessReviews reviews,
      TaskService tasks,
      VmOperations vms,
      Clock clock) {
    this.inventory = inventory;
    this.reviews = reviews;
    this.tasks = tasks;
    this.vms = vms;
    this.clock = clock;
    ticker.scheduleWithFixedDelay(this::stepAll, 1, 1, TimeUnit.SECONDS);
    changes =
        inventory
            .changes()
            .filter(change -> !drains.isEmpty())
            .subscribe(change -> ticker.execute(this::stepAll));
  }

  public boolean mayMigrate(UserIdentity user, String namespace) {
    return reviews.allowed(user, MigrateOperation.ACCESS.in(namespace));
  }

  public boolean mayMaintain(UserIdentity user, String host) {
    return reviews.allowed(user, MaintenanceOperation.ACCESS.named(host));
  }

  /**
   * Whether the cluster has the Node Maintenance Operator and the user may create a
   * NodeMaintenance.
   */
  public boolean mayUseOperator(UserIdentity user) {
    return inventory.nodeMaintenanceAvailable()
        && reviews.allowed(
            user, AccessRequest.of("create", "nodemaintenance.medik8s.io", "nodemaintenances"));
  }

  /** The migration, for showing what it will send; {@code host} null: the scheduler chooses. */
  public MigrateOperation prepareMigrate(ResourceKey vm, @Nullable String host) {
    String suffix = Long.toString(clock.millis() % 1_000_000_000L, 36).toLowerCase(Locale.ROOT);
    String name = trim(vm.name()) + "-migration-" + suffix;
    return new MigrateOperation(vm, name, host, inventory);
  }

  public Task migrate(UserIdentity user, ResourceKey vm, @Nullable String host) {
    return tasks.submit(user, prepareMigrate(vm, host));
  }

  public Task cancelMigration(UserIdentity user, ResourceKey migration) {
    return tasks.submit(user, new CancelMigrationOperation(migration, inventory));
  }

  /** Cordons the host and drains it; the task follows the drain to its end. */
  public Task enterMaintenance(UserIdentity user, String host, NonMigratableOption option) {
    DrainRun run = new DrainRun(host, user, option, clock.instant());
    drains.put(host, run);
    return tasks.submit(
        user, new MaintenanceOperation(host, true, inventory, run::progress, run::cancelled));
  }

  /**
   * Enters maintenance through the Node Maintenance Operator: creates a NodeMaintenance for the
   * host, which cordons and drains it; the task follows its drain progress.
   */
  public Task enterMaintenanceWithOperator(UserIdentity user, String host) {
    return tasks.submit(
        user,
        new NodeMaintenanceOperation(
            host, NodeMaintenanceOperation.nameFor(host), true, inventory));
  }

  /**
   * Uncordons the host and cancels the migrations the drain queued that have not started; where a
   * NodeMaintenance holds the host, deletes it instead and the operator uncordons the host.
   */
  public Task exitMaintenance(UserIdentity user, String host) {
    var maintenance = inventory.nodeMaintenance(host);
    if (maintenance.isPresent()) {
      return tasks.submit(
          user, new NodeMaintenanceOperation(host, maintenance.get().name(), false, inventory));
    }
    DrainRun run = drains.remove(host);
    if (run != null) {
      run.cancel();
      run.migrations().values().stream()
          .filter(
              m ->
                  inventory
                      .migration(m)
                      .map(
                          o ->
                              Migrations.phase(o).isEmpty()
                                  || "Pending".equals(Migrations.phase(o)))
                      .orElse(false))
          .forEach(m -> cancelMigration(user, m));
    }
    return tasks.submit(
        user,
        new MaintenanceOperation(
            host, false, inventory, () -> DrainProgress.none(host), () -> false));
  }

  /** The drain of the host, if one runs or ran since VirtDeck started. */
  public Optional<DrainProgress> drain(String host) {
    return Optional.ofNullable(drains.get(host)).map(DrainRun::progress);
  }

  /**
   * The progress of every drain after each of its steps: at least once a second while it runs (its
   * elapsed time), and once more when it has moved its last VM.
   */
  public Flux<DrainProgress> drainChanges() {
    return progress.asFlux();
  }

  private void stepAll() {
    for (DrainRun run : drains.values()) {
      try {
        step(run);
      } catch (RuntimeException e) {
        // a failed step must not end the ticker: the next tick tries again
        LOG.warn("Draining {} failed a step; trying again", run.host, e);
      }
    }
  }

  private void step(DrainRun run) {
    boolean cordoned = inventory.node(run.host).map(HostRows::cordoned).orElse(false);
    if (!cordoned) {
      return; // the cordon is still on its way, or someone uncordoned the host
    }
    // one step at a time, never after Exit Maintenance Mode cancelled the drain: what the last
    // progress called queued is then never sent
    synchronized (run) {
      if (run.cancelled()) {
        return;
      }
      DrainProgress before = run.progress();
      DrainRun.Step step = run.step(inventory, clock.instant());
      DrainProgress after = run.progress();
      if (!after.equals(before) || !after.done()) {
        progress.tryEmitNext(after);
      }
      for (ResourceKey vm : step.migrate()) {
        MigrateOperation migration = prepareMigrate(vm, null);
        run.migrating(vm, migration.migration());
        tasks.submit(run.user, migration);
      }
      for (ResourceKey vm : step.stop()) {
        run.stopping(vm);
        vms.run(
            run.user,
            run.option == NonMigratableOption.POWER_OFF
                ? PowerAction.POWER_OFF
                : PowerAction.SHUT_DOWN_GUEST,
            vm);
      }
    }
  }

  private static String trim(String name) {
    return name.length() > 40 ? name.substring(0, 40) : name;
  }

  @Override
  public void destroy() {
    changes.dispose();
    ticker.shutdownNow();
  }
}
