package io.virtdeck.host;

import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.host.DrainProgress.Entry;
import io.virtdeck.host.DrainProgress.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One host's drain: remembers the VMs that were on it, the migrations and stops it sent, and on
 * each step reads the caches, plans ({@link DrainPlanner}) and reports what to send next.
 */
final class DrainRun {

  /** What to send in this step. */
  record Step(List<ResourceKey> migrate, List<ResourceKey> stop) {}

  final String host;
  final UserIdentity user;
  final NonMigratableOption option;
  final Instant started;
  private final Set<ResourceKey> vms = new LinkedHashSet<>();
  private final Map<ResourceKey, ResourceKey> migrations = new HashMap<>();
  private final Set<ResourceKey> stopping = new HashSet<>();
  private volatile DrainProgress progress;
  private volatile boolean cancelled;

  DrainRun(String host, UserIdentity user, NonMigratableOption option, Instant started) {
    this.host = host;
    this.user = user;
    this.option = option;
    this.started = started;
    this.progress = DrainProgress.none(host);
  }

  DrainProgress progress() {
    return progress;
  }

  /** Exit Maintenance Mode ended this drain before it finished: it sends nothing more. */
  synchronized void cancel() {
    cancelled = true;
  }

  boolean cancelled() {
    return cancelled;
  }

  Map<ResourceKey, ResourceKey> migrations() {
    return Map.copyOf(migrations);
  }

  void migrating(ResourceKey vm, ResourceKey migration) {
    migrations.put(vm, migration);
  }

  void stopping(ResourceKey vm) {
    stopping.add(vm);
  }

  /** Reads where each VM stands, plans, and returns what to send now. */
  synchronized Step step(HostInventory inventory, Instant now) {
    List<VirtualMachineInstance> onHost = inventory.vmisOn(host, NamespaceScope.ALL);
    Set<ResourceKey> here = new LinkedHashSet<>();
    onHost.forEach(vmi -> here.add(Keys.of(vmi)));
    vms.addAll(here);
    List<DrainPlanner.Candidate> candidates = new ArrayList<>();
    Set<ResourceKey> underWay = new HashSet<>();
    Map<ResourceKey, String> failed = new HashMap<>();
    for (ResourceKey vm : here) {
      ResourceKey migration = migrations.get(vm);
      var object = migration == null ? null : inventory.migration(migration).orElse(null);
      if (object != null && "Failed".equals(Migrations.phase(object))) {
        failed.put(vm, Migrations.failureReason(object));
      } else if (migration != null) {
        underWay.add(vm);
      } else if (!stopping.contains(vm)) {
        var reason = inventory.notMigratable(vm);
        candidates.add(
            new DrainPlanner.Candidate(
                vm, reason.isEmpty(), reason.map(m -> String.join(" ", m.args())).orElse("")));
      }
    }
    int clusterInFlight =
        (int) inventory.migrations().stream().filter(Migrations::inFlight).count();
    var plan = DrainPlanner.plan(candidates, underWay, clusterInFlight, option);
    List<Entry> entries = new ArrayList<>();
    for (ResourceKey vm : vms) {
      entries.add(entry(vm, here, underWay, failed, plan));
    }
    DrainProgress next = new DrainProgress(host, entries, started, null);
    progress =
        next.done()
            ? new DrainProgress(
                host, entries, started, progress.ended() == null ? now : progress.ended())
            : next;
    return new Step(plan.migrateNow(), plan.stop());
  }

  private Entry entry(
      ResourceKey vm,
      Set<ResourceKey> here,
      Set<ResourceKey> underWay,
      Map<ResourceKey, String> failed,
      DrainPlanner.Plan plan) {
    if (!here.contains(vm)) {
      return new Entry(vm, stopping.contains(vm) ? State.STOPPED : State.DONE, "");
    }
    if (failed.containsKey(vm)) {
      return new Entry(vm, State.FAILED, failed.get(vm));
    }
    if (underWay.contains(vm) || plan.migrateNow().contains(vm)) {
      return new Entry(vm, State.MIGRATING, "");
    }
    if (stopping.contains(vm) || plan.stop().contains(vm)) {
      return new Entry(vm, State.STOPPING, "");
    }
    return plan.blocked().stream()
        .filter(c -> c.vm().equals(vm))
        .findFirst()
        .map(c -> new Entry(vm, State.BLOCKED, c.reason()))
        .orElse(new Entry(vm, State.QUEUED, ""));
  }
}
