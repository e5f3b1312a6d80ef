package io.virtdeck.vm;

import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.rows.VmRows;
import io.virtdeck.vm.table.QueryWarmUp;
import io.virtdeck.vm.table.VmQuery;
import io.virtdeck.vm.table.VmTable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Keeps the inventory's table in step with the VM and VMI caches: rows are built from the
 * informers' first events while their lists still arrive (the informer threads are otherwise idle
 * while one event loop parses the lists), the load completes the table once the caches have synced
 * and builds its sort indexes, and every change after refreshes its row and is announced.
 */
final class InventoryFeed {

  private static final Logger log = LoggerFactory.getLogger(InventoryFeed.class);

  private final ClusterCaches caches;
  private final VmTable rows;
  private final Sinks.Many<ResourceKey> changed = Sinks.many().multicast().directBestEffort();
  private final Disposable subscription;
  private final AtomicBoolean loading = new AtomicBoolean();
  private final CompletableFuture<Void> loaded = new CompletableFuture<>();
  private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();

  InventoryFeed(ClusterCaches caches, VmTable rows) {
    this.caches = caches;
    this.rows = rows;
    this.subscription =
        Flux.merge(
                caches.virtualMachines().changes().map(ResourceEvent::key),
                caches.virtualMachineInstances().changes().map(ResourceEvent::key))
            .subscribe(this::refresh);
  }

  /**
   * Completes the table once the caches have synced: rows that the first events built are kept (a
   * change still on its way refreshes its row as any later change does); a VM listed before the
   * inventory subscribed is built here, on every core (building every row here, after the sync,
   * would keep the first screen waiting). The first screen (name order) needs no sort index: the
   * indexes are built after the load, so that they do not delay it.
   */
  void load() {
    if (loading.getAndSet(true)) {
      return; // once: the constructor loads when the caches had synced before it ran
    }
    long start = System.nanoTime();
    List<Built> missing =
        caches.virtualMachines().list().parallelStream()
            .filter(vm -> rows.get(Keys.of(vm)).isEmpty())
            .map(this::build)
            .toList();
    putAll(missing);
    loaded.complete(null);
    // after the load, beside the first sessions: the sort indexes (a sort that comes first builds
    // its own), then the walks are compiled before a user's first sort
    Thread.ofPlatform()
        .daemon()
        .name("vm-query-warm-up")
        .start(
            () -> {
              try {
                rows.buildSortIndexes();
                QueryWarmUp.run(rows);
              } finally {
                warmedUp.complete(null); // the other kinds wait for it (ClusterCaches)
              }
            });
    log.info(
        "VM inventory loaded in {} ms: {} VMs, {} of them not yet built from the first events",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
        rows.count(VmQuery.all()),
        missing.size());
  }

  private record Built(VirtualMachine vm, @Nullable VirtualMachineInstance vmi, VmRow row) {}

  private Built build(VirtualMachine vm) {
    var vmi = caches.virtualMachineInstances().get(Keys.of(vm)).orElse(null);
    return new Built(vm, vmi, VmRows.row(vm, vmi));
  }

  /** Puts rows built outside the lock; one whose VM or instance changed since is built anew. */
  private synchronized void putAll(List<Built> built) {
    for (Built b : built) {
      ResourceKey key = b.row().key();
      if (caches.virtualMachines().get(key).orElse(null) == b.vm()
          && caches.virtualMachineInstances().get(key).orElse(null) == b.vmi()) {
        rows.put(b.row());
      } else {
        refresh(key);
      }
    }
  }

  private synchronized void refresh(ResourceKey key) {
    Optional<VirtualMachine> vm = caches.virtualMachines().get(key);
    if (vm.isEmpty()) {
      rows.remove(key);
    } else {
      rows.put(VmRows.row(vm.get(), caches.virtualMachineInstances().get(key).orElse(null)));
    }
    changed.emitNext(key, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
  }

  /** Keys of VMs whose row changed, after the row is current (before the load too). */
  Flux<ResourceKey> changed() {
    return changed.asFlux();
  }

  /** Completes once the table holds every VM of the synced caches. */
  CompletableFuture<Void> loaded() {
    return loaded;
  }

  /**
   * Completes once the sort indexes are built and the grid's queries have run after the load
   * ({@link QueryWarmUp}).
   */
  CompletableFuture<Void> warmedUp() {
    return warmedUp;
  }

  void dispose() {
    subscription.dispose();
  }
}
