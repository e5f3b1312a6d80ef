package io.virtdeck.vm;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.vm.rows.Folder;
import io.virtdeck.vm.rows.StorageLookup;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.rows.VmSummaries;
import io.virtdeck.vm.rows.VmSummary;
import io.virtdeck.vm.table.QueryTimes;
import io.virtdeck.vm.table.QueryWarmUp;
import io.virtdeck.vm.table.VmColumn;
import io.virtdeck.vm.table.VmQuery;
import io.virtdeck.vm.table.VmTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The VM inventory as the views read it: rows kept up to date from the shared VM and VMI caches
 * (one row per VM, no per-session copies), queried with paging, filtering and sorting, and a stream
 * of the keys of VMs whose row changed.
 */
@Service
public class VmInventory implements DisposableBean {

  private final ClusterCaches caches;
  private final String datacenter;
  private final VmTable rows = new VmTable(System::nanoTime);
  private final InventoryFeed feed;
  private final CompletableFuture<Void> loaded;

  /** The key a view receives once when the load it waited for is done: no VM has it. */
  static final ResourceKey LOADED = new ResourceKey("", "");

  public VmInventory(ClusterCaches caches, ClusterConnection connection) {
    this.caches = caches;
    this.datacenter = connection.name();
    this.feed = new InventoryFeed(caches, rows);
    this.loaded = feed.loaded();
    if (caches.whenSynced().isDone()) {
      load();
    }
  }

  /** Completes the table from the synced caches (once); its sort indexes are built after. */
  void load() {
    feed.load();
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
        feed.changed().onBackpressureBuffer().filter(key -> scope.includes(key.namespace()));
    // A view that subscribes while the inventory loads hears once when it is done, and nothing
    // before: the load puts its rows without a change each, while changes that arrive meanwhile
    // add VMs one by one, and each such batch would make every open view reload a half-filled
    // table, slowing the load. (A view that goes away must not cancel the load's end.)
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
    return feed.warmedUp();
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
