package io.virtdeck.vm;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ClusterConnection;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.vm.rows.Folder;
import io.virtdeck.vm.rows.StorageLookup;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.rows.VmRows;
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

  /**
   * The key a view receives once when the load it waited for is done: no VM has it, and a view must
   * let it through whatever it shows and whoever its user is.
   */
  public static final ResourceKey LOADED = new ResourceKey("", "");

  public VmInventory(ClusterCaches caches, ClusterConnection connection) {
    this.caches = caches;
    this.datacenter = connection.name();
    this.feed = new InventoryFeed(caches, rows);
    this.loaded = feed.loaded();
    // the grid needs VMs and instances only: it loads, and builds its sort indexes, before the
    // other kinds list
    caches.deferOtherKindsUntil(feed.warmedUp());
    var firstScreen = caches.whenFirstScreenSynced();
    if (firstScreen.isDone()) {
      load();
    } else {
      firstScreen.thenRunAsync(this::load);
    }
  }

  /** Waits until the load has filled the table. */
  void awaitLoaded() {
    loaded.join();
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
    int count =
        !loaded.isDone() ? 0 : query.instancesInScope() ? rows.count(query) : masked(query).size();
    QueryTimes.record("count", query, start);
    return count;
  }

  /** One page of the matching rows, in the query's order, with current values. */
  public List<VmRow> page(VmQuery query, int offset, int limit) {
    long start = System.nanoTime();
    List<VmRow> page =
        !loaded.isDone()
            ? List.of()
            : query.instancesInScope()
                ? rows.page(query, offset, limit)
                : window(masked(query), offset, limit);
    QueryTimes.record("page", query, start);
    return page;
  }

  /**
   * The query's rows for a user who may not list the instances of some of them: those rows show
   * only what their VirtualMachine says, and are filtered and sorted as shown (a filter by an IP
   * address or a host does not find them). Not the table's indexes: this user's order is their own.
   */
  private List<VmRow> masked(VmQuery query) {
    List<VmRow> inScope =
        rows.page(
            new VmQuery(query.namespace(), "", List.of(), query.scope()), 0, Integer.MAX_VALUE);
    return query.select(
        inScope.stream().flatMap(r -> shown(r, query.instances()).stream()).toList());
  }

  private static List<VmRow> window(List<VmRow> rows, int offset, int limit) {
    int from = Math.min(Math.max(0, offset), rows.size());
    return rows.subList(from, (int) Math.min(rows.size(), (long) from + Math.max(0, limit)));
  }

  /** The row as a user sees it who may list instances in {@code instances}. */
  private Optional<VmRow> shown(VmRow row, NamespaceScope instances) {
    return instances.includes(row.namespace())
        ? Optional.of(row)
        : caches.virtualMachines().get(row.key()).map(VmRows::withoutInstance);
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

  /** The VM's row as the user sees it: none outside their VM scope, masked outside instances'. */
  public Optional<VmRow> row(ResourceKey key, UserScopes scopes) {
    if (!loaded.isDone() || !scopes.includes(CachedKind.VIRTUAL_MACHINES, key.namespace())) {
      return Optional.empty();
    }
    return rows.get(key).flatMap(r -> shown(r, scopes.of(CachedKind.VIRTUAL_MACHINE_INSTANCES)));
  }

  public List<VmRow> vmsIn(String namespace, UserScopes scopes) {
    return page(VmQuery.of(namespace, "", List.of(), scopes), 0, Integer.MAX_VALUE);
  }

  /**
   * The folders (namespaces) the user sees, each with its VM count: those holding VMs they may
   * list, and empty ones only where the cluster was asked about that namespace (their VM scope
   * names it) or they may list namespaces: a right to list VMs everywhere does not show every
   * namespace.
   */
  public List<Folder> folders(UserScopes scopes) {
    NamespaceScope scope = scopes.of(CachedKind.VIRTUAL_MACHINES);
    Map<String, Integer> counts = loaded.isDone() ? rows.countsByNamespace(scope) : Map.of();
    Stream<String> empty =
        !scope.all() || scopes.all(CachedKind.NAMESPACES)
            ? caches.namespaces().list().stream().map(ns -> ns.getMetadata().getName())
            : Stream.empty();
    return Stream.concat(empty, counts.keySet().stream())
        .filter(scope::includes)
        .distinct()
        .sorted()
        .map(ns -> new Folder(ns, counts.getOrDefault(ns, 0)))
        .toList();
  }

  /**
   * The VM's Summary as the user may see it: none outside their VM scope; the instance's part only
   * where they may list instances, disk sizes and datastores only from claims and DataVolumes they
   * may list.
   */
  public Optional<VmSummary> summary(ResourceKey key, UserScopes scopes) {
    if (!scopes.includes(CachedKind.VIRTUAL_MACHINES, key.namespace())) {
      return Optional.empty();
    }
    StorageLookup storage = CachedStorage.of(caches, scopes);
    boolean instance = scopes.includes(CachedKind.VIRTUAL_MACHINE_INSTANCES, key.namespace());
    return caches
        .virtualMachines()
        .get(key)
        .map(
            vm ->
                instance
                    ? VmSummaries.summary(
                        vm, caches.virtualMachineInstances().get(key).orElse(null), storage)
                    : VmSummaries.withoutInstance(vm, storage));
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

  @Override
  public void destroy() {
    feed.dispose();
  }
}
