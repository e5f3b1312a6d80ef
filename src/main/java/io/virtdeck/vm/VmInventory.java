package io.virtdeck.vm;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The VM inventory as the views read it: rows kept up to date from the shared VM and VMI caches
 * (one row per VM, no per-session copies), queried with paging, filtering and sorting, and a stream
 * of the keys of VMs whose row changed.
 */
@Service
public class VmInventory implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(VmInventory.class);

  private final ClusterCaches caches;
  private final String datacenter;
  private final VmTable rows = new VmTable(System::nanoTime);
  private final Sinks.Many<ResourceKey> changed = Sinks.many().multicast().directBestEffort();
  private final Disposable.Swap feed = Disposables.swap();
  private final AtomicBoolean loading = new AtomicBoolean();
  private final CompletableFuture<Void> loaded = new CompletableFuture<>();
  private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();

  /** The key a view receives once when the load it waited for is done: no VM has it. */
  static final ResourceKey LOADED = new ResourceKey("", "");

  public VmInventory(ClusterCaches caches, ClusterConnection connection) {
    this.caches = caches;
    this.datacenter = connection.name();
    // Rows are built from the informers' first events, while their lists still arrive (the
    // handler threads are idle while one event loop parses the lists); no view sees them, and no
    // sort index is kept, before the load.
    feed.update(
        Flux.merge(
                caches.virtualMachines().changes().map(ResourceEvent::key),
                caches.virtualMachineInstances().changes().map(ResourceEvent::key))
            .subscribe(this::refresh));
    if (caches.whenSynced().isDone()) {
      load();
    }
  }

  /**
   * Completes the table once the caches have synced, then builds the sort indexes: rows that the
   * first events built are kept (a change still on its way refreshes its row as any later change
   * does); a VM listed before the inventory subscribed is built here, on every core. Building all
   * 45,000 rows here, after the sync, kept the first screen waiting 3.5 s longer.
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
    rows.buildSortIndexes();
    loaded.complete(null);
    // after the load, beside the first sessions: compiles the walks before a user's first sort
    Thread.ofPlatform()
        .daemon()
        .name("vm-query-warm-up")
        .start(
            () -> {
              QueryWarmUp.run(rows);
              warmedUp.complete(null);
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

  /** The datacenter's name: the cluster this inventory shows. */
  public String datacenter() {
    return datacenter;
  }

  /** How many rows match; the order is shared with {@link #page} and other sessions. */
  public int count(VmQuery query) {
    long start = System.nanoTime();
    int count = loaded.isDone() ? rows.count(query) : 0;
    QueryTimes.record("count", query, start);
    return count;
  }

  /** One page of the matching rows, in the query's order, with current values. */
  public List<VmRow> page(VmQuery query, int offset, int limit) {
    long start = System.nanoTime();
    List<VmRow> page = loaded.isDone() ? rows.page(query, offset, limit) : List.of();
    QueryTimes.record("page", query, start);
    return page;
  }

  /** Whether a sort by {@code column} walks an index already built. */
  boolean sortIndexBuilt(VmColumn column) {
    return rows.sortIndexBuilt(column);
  }

  /**
   * Grows by one whenever a VM is added or removed: a view whose batch of changes left it unchanged
   * refreshes only the changed rows, not its whole list.
   */
  public long membership() {
    return rows.membership();
  }

  public Optional<VmRow> row(ResourceKey key, NamespaceScope scope) {
    return loaded.isDone()
        ? rows.get(key).filter(r -> scope.includes(r.namespace()))
        : Optional.empty();
  }

  public List<VmRow> vmsIn(String namespace, NamespaceScope scope) {
    return page(new VmQuery(namespace, "", List.of(), scope), 0, Integer.MAX_VALUE);
  }

  /** The folders (namespaces) the scope shows, each with its VM count. */
  public List<Folder> folders(NamespaceScope scope) {
    Map<String, Integer> counts = loaded.isDone() ? rows.countsByNamespace(scope) : Map.of();
    return Stream.concat(
            caches.namespaces().list().stream().map(ns -> ns.getMetadata().getName()),
            counts.keySet().stream())
        .filter(scope::includes)
        .distinct()
        .sorted()
        .map(ns -> new Folder(ns, counts.getOrDefault(ns, 0)))
        .toList();
  }

  public Optional<VmSummary> summary(ResourceKey key, NamespaceScope scope) {
    if (!scope.includes(key.namespace())) {
      return Optional.empty();
    }
    return caches
        .virtualMachines()
        .get(key)
        .map(
            vm ->
                VmSummaries.summary(
                    vm, caches.virtualMachineInstances().get(key).orElse(null), storage()));
  }

  /**
   * Keys of VMs in {@code scope} whose row changed (added, updated, removed), after the row is
   * current.
   */
  public Flux<ResourceKey> changes(NamespaceScope scope) {
    var changes =
        changed.asFlux().onBackpressureBuffer().filter(key -> scope.includes(key.namespace()));
    // A view that subscribes while the inventory loads hears once when it is done, and nothing
    // before: the load puts its 45,000 rows without a change each, while changes that arrive
    // meanwhile add VMs one by one, and each such batch made every open view reload a half-filled
    // table, slowing the load twofold. (A view that goes away must not cancel the load's end.)
    return Flux.defer(
        () ->
            loaded.isDone()
                ? changes
                : changes
                    .filter(key -> loaded.isDone())
                    .mergeWith(Mono.fromFuture(loaded, true).thenReturn(LOADED)));
  }

  /** Completes once the grid's queries have run after the load ({@link QueryWarmUp}). */
  CompletableFuture<Void> warmedUp() {
    return warmedUp;
  }

  /** Whether the inventory has loaded the synced caches (until then its queries find nothing). */
  public boolean loaded() {
    return loaded.isDone();
  }

  private StorageLookup storage() {
    return new StorageLookup() {
      @Override
      public Optional<PersistentVolumeClaim> claim(String namespace, String name) {
        return caches.persistentVolumeClaims().get(new ResourceKey(namespace, name));
      }

      @Override
      public Optional<DataVolume> dataVolume(String namespace, String name) {
        return caches.dataVolumes().get(new ResourceKey(namespace, name));
      }
    };
  }

  @Override
  public void destroy() {
    feed.dispose();
  }
}
