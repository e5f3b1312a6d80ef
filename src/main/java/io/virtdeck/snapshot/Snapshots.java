package io.virtdeck.snapshot;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.vm.VmInventory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * The snapshot queries the views run: a VM's snapshot tree, the snapshot list across the inventory,
 * who may see and do what, and a stream of the VMs whose snapshots changed.
 */
@Service
public class Snapshots {

  private final SnapshotStore store;
  private final ClusterCaches caches;
  private final VmInventory inventory;
  private final AccessReviews reviews;

  Snapshots(
      SnapshotStore store, ClusterCaches caches, VmInventory inventory, AccessReviews reviews) {
    this.store = store;
    this.caches = caches;
    this.inventory = inventory;
    this.reviews = reviews;
  }

  /** What {@code user} may list, kind by kind, asked as the views need it. */
  public UserScopes scopes(UserIdentity user) {
    return reviews.scopes(user);
  }

  /** The namespaces whose snapshots {@code user} may list. */
  public NamespaceScope scope(UserIdentity user) {
    return reviews.scope(user, CachedKind.SNAPSHOTS);
  }

  public boolean permitted(UserIdentity user, SnapshotAction action, String namespace) {
    return reviews.allowed(user, action.access().in(namespace));
  }

  /**
   * The VM's snapshots that {@code user} may list, oldest first: none where the user may not list
   * snapshots in the VM's namespace, even though the shared cache holds them.
   */
  public List<SnapshotRow> snapshotsOf(UserIdentity user, ResourceKey vm) {
    return snapshotsOf(scopes(user), vm);
  }

  /**
   * As above for a view's scopes; disk sizes only from the claims and DataVolumes the user may
   * list.
   */
  public List<SnapshotRow> snapshotsOf(UserScopes scopes, ResourceKey vm) {
    if (!scopes.includes(CachedKind.SNAPSHOTS, vm.namespace())) {
      return List.of();
    }
    return store.snapshotsOf(vm, scopes).stream()
        .sorted(
            Comparator.comparing(
                SnapshotRow::created, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * The VM's snapshot tree with the "You are here" marker, built from the snapshots and restores
   * {@code user} may list.
   */
  public List<SnapshotNode> tree(UserIdentity user, ResourceKey vm) {
    return tree(scopes(user), vm);
  }

  /** As above for a view's scopes. */
  public List<SnapshotNode> tree(UserScopes scopes, ResourceKey vm) {
    if (!scopes.includes(CachedKind.SNAPSHOTS, vm.namespace())) {
      return List.of();
    }
    List<RestoreRow> restores =
        scopes.includes(CachedKind.RESTORES, vm.namespace()) ? store.restoresOf(vm) : List.of();
    return SnapshotTree.build(store.snapshotsOf(vm, scopes), restores);
  }

  /**
   * Names taken by snapshots in the namespace that {@code user} may list (a new one must differ;
   * for others the API server's refusal of a taken name says it).
   */
  public List<String> namesIn(UserIdentity user, String namespace) {
    if (!scope(user).includes(namespace)) {
      return List.of();
    }
    return caches.snapshots().list(namespace).stream().map(s -> Keys.of(s).name()).toList();
  }

  /**
   * Every snapshot in the namespaces of {@code scope} (the RVTools export's vSnapshot), sized from
   * the disks {@code sizes} lets the user see.
   */
  public List<SnapshotRow> all(NamespaceScope scope, UserScopes sizes) {
    return store.all(scope, sizes);
  }

  /**
   * Every VM with snapshots that the user may see (where they may list both VMs and snapshots),
   * those with the oldest snapshot first.
   */
  public List<SnapshotOverview> overview(UserScopes scopes) {
    NamespaceScope vms = scopes.of(CachedKind.VIRTUAL_MACHINES);
    NamespaceScope listable = scopes.of(CachedKind.SNAPSHOTS);
    NamespaceScope scope =
        vms.all() && listable.all()
            ? NamespaceScope.ALL
            : NamespaceScope.only(
                listable.all()
                    ? vms.namespaces()
                    : listable.namespaces().stream()
                        .filter(vms::includes)
                        .collect(Collectors.toSet()));
    Map<ResourceKey, List<SnapshotRow>> byVm =
        store.all(scope, scopes).stream().collect(Collectors.groupingBy(SnapshotRow::vm));
    List<SnapshotOverview> result = new ArrayList<>();
    byVm.forEach(
        (vm, rows) -> {
          List<Instant> times =
              rows.stream().map(SnapshotRow::created).filter(t -> t != null).sorted().toList();
          Instant oldest = times.isEmpty() ? Instant.EPOCH : times.getFirst();
          Instant newest = times.isEmpty() ? Instant.EPOCH : times.getLast();
          long known =
              rows.stream().filter(r -> r.sizeBytes() >= 0).mapToLong(SnapshotRow::sizeBytes).sum();
          boolean anyKnown = rows.stream().anyMatch(r -> r.sizeBytes() >= 0);
          int failed = (int) rows.stream().filter(SnapshotRow::failed).count();
          result.add(
              new SnapshotOverview(vm, rows.size(), oldest, newest, anyKnown ? known : -1, failed));
        });
    result.sort(Comparator.comparing(SnapshotOverview::oldest).thenComparing(SnapshotOverview::vm));
    return result;
  }

  /** Keys of VMs whose snapshots, restores or own state changed. */
  public Flux<ResourceKey> changes() {
    return Flux.merge(
        caches
            .snapshots()
            .changes()
            .map(e -> new ResourceKey(e.key().namespace(), SnapshotRows.vmName(e.object()))),
        caches.restores().changes().map(e -> SnapshotRows.row(e.object()).vm()),
        inventory.changes(NamespaceScope.ALL));
  }
}
