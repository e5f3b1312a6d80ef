package io.virtdeck.visibility;

import static io.virtdeck.visibility.VisibilityBed.DMZ;
import static io.virtdeck.visibility.VisibilityBed.EMPTY_NAMESPACE;
import static io.virtdeck.visibility.VisibilityBed.GROWN;
import static io.virtdeck.visibility.VisibilityBed.HOST;
import static io.virtdeck.visibility.VisibilityBed.IP;
import static io.virtdeck.visibility.VisibilityBed.LIVE_ONLY_NETWORK;
import static io.virtdeck.visibility.VisibilityBed.OLD_SNAPSHOT;
import static io.virtdeck.visibility.VisibilityBed.ORPHAN_CLAIM;
import static io.virtdeck.visibility.VisibilityBed.SHOP;
import static io.virtdeck.visibility.VisibilityBed.UNUSED_CLASS;
import static io.virtdeck.visibility.VisibilityBed.WEB_01;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.network.PortGroupVm;
import io.virtdeck.network.PortGroups;
import io.virtdeck.provision.Catalog;
import io.virtdeck.provision.NewVmContext;
import io.virtdeck.snapshot.SnapshotNode;
import io.virtdeck.storage.CapacitySource;
import io.virtdeck.storage.Datastore;
import io.virtdeck.storage.DatastoreScope;
import io.virtdeck.storage.DiskRow;
import io.virtdeck.task.Message;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.table.VmQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every path by which a view reads a kind from the shared caches, as a table: each probe tells
 * whether the user sees, through that path, the object of that kind that {@link VisibilityBed}
 * keeps in shop (for a cluster-scoped kind: any object of it). {@link KindVisibilityIT} asks each
 * probe as the administrator (who must see it, or the probe proves nothing) and as the user who may
 * not list that kind there (who must not). A path added later gets a row here.
 */
final class KindProbes {

  /** One path: the kind it shows, its name as a view has it, and what it sees as a user. */
  record Probe(CachedKind kind, String path, Sees sees) {
    @Override
    public String toString() {
      return kind + " through " + path;
    }
  }

  /** Whether {@code user} sees the kind's object through the path. */
  interface Sees {
    boolean as(VisibilityBed bed, UserIdentity user, UserScopes scopes);
  }

  private KindProbes() {}

  private static Probe probe(CachedKind kind, String path, Sees sees) {
    return new Probe(kind, path, sees);
  }

  static final List<Probe> ALL =
      Stream.of(
              vms(),
              instances(),
              List.of(
                  probe(
                      CachedKind.MIGRATIONS,
                      "host → VMs: the migration under way",
                      (b, u, s) ->
                          b.hosts.vmsOn(HOST, s).stream()
                              .anyMatch(
                                  vm -> vm.key().equals(WEB_01) && !vm.migration().isEmpty()))),
              disks(),
              networks(),
              snapshots(),
              labs(),
              clusterScoped())
          .flatMap(List::stream)
          .toList();

  private static List<Probe> vms() {
    CachedKind vm = CachedKind.VIRTUAL_MACHINES;
    return List.of(
        probe(vm, "VM grid", (b, u, s) -> grid(b, s, "").stream().anyMatch(KindProbes::inShop)),
        probe(
            vm,
            "VM grid count of a folder",
            (b, u, s) -> b.inventory.count(query(SHOP, "", s)) > 0),
        probe(
            vm,
            "VM row (tree, menus, live updates)",
            (b, u, s) -> b.inventory.row(WEB_01, s).isPresent()),
        probe(vm, "VM Summary", (b, u, s) -> b.inventory.summary(WEB_01, s).isPresent()),
        probe(
            vm,
            "VMs and Templates: folders",
            (b, u, s) ->
                b.inventory.folders(s).stream()
                    .anyMatch(f -> f.namespace().equals(SHOP) && f.vmCount() > 0)),
        probe(
            vm,
            "VMs and Templates: VMs of a folder",
            (b, u, s) -> !b.inventory.vmsIn(SHOP, s).isEmpty()),
        probe(
            vm, "VM → Configure: hard disks", (b, u, s) -> !b.storage.vmDisks(WEB_01, s).isEmpty()),
        probe(
            vm,
            "VM → Configure: network adapters",
            (b, u, s) -> !b.portGroups.nics(WEB_01, s).isEmpty()),
        probe(vm, "VM → Monitor: events", (b, u, s) -> !b.events.of(WEB_01, s).isEmpty()),
        probe(
            vm,
            "port group → VMs",
            (b, u, s) -> connected(b, DMZ, s).anyMatch(c -> inShop(c.vm()))),
        probe(
            vm,
            "VM Network → VMs",
            (b, u, s) -> connected(b, PortGroups.POD_NETWORK, s).anyMatch(c -> inShop(c.vm()))),
        probe(
            vm,
            "datastore → VMs and Files: VMs using a disk",
            (b, u, s) ->
                b.storage.disks("", s).stream()
                    .flatMap(d -> d.vms().stream())
                    .anyMatch(KindProbes::inShop)),
        probe(
            vm,
            "snapshot list",
            (b, u, s) -> b.snapshots.overview(s).stream().anyMatch(o -> inShop(o.vm()))),
        probe(vm, "Delete from Disk", (b, u, s) -> b.deletion.plan(WEB_01, s).isPresent()),
        probe(
            vm,
            "port group delete: the VMs that use it",
            (b, u, s) -> names(b.network.deleteRefusal(s, DMZ), WEB_01)),
        probe(
            vm,
            "disk delete: the VMs that use it",
            (b, u, s) -> names(b.disks.deleteRefusal(s, b.rootDisk), WEB_01)));
  }

  private static List<Probe> instances() {
    CachedKind vmi = CachedKind.VIRTUAL_MACHINE_INSTANCES;
    return List.of(
        probe(
            vmi,
            "VM grid: host and IP",
            (b, u, s) -> grid(b, s, "").stream().anyMatch(KindProbes::running)),
        probe(vmi, "VM grid filtered by IP", (b, u, s) -> b.inventory.count(query("", IP, s)) > 0),
        probe(
            vmi,
            "VM grid filtered by host",
            (b, u, s) -> grid(b, s, HOST).stream().anyMatch(KindProbes::inShop)),
        probe(
            vmi,
            "VM row",
            (b, u, s) -> b.inventory.row(WEB_01, s).filter(KindProbes::running).isPresent()),
        probe(
            vmi,
            "VM Summary: host and guest agent",
            (b, u, s) ->
                b.inventory
                    .summary(WEB_01, s)
                    .filter(x -> running(x.row()) || x.guestAgentConnected())
                    .isPresent()),
        probe(
            vmi,
            "VMs and Templates: VM power state and host",
            (b, u, s) -> b.inventory.vmsIn(SHOP, s).stream().anyMatch(KindProbes::running)),
        probe(
            vmi,
            "VM → Configure: network adapters' addresses",
            (b, u, s) ->
                b.portGroups.nics(WEB_01, s).stream().anyMatch(n -> n.ipAddresses().contains(IP))),
        probe(
            vmi,
            "port groups → VMs' addresses",
            (b, u, s) ->
                Stream.concat(connected(b, DMZ, s), connected(b, PortGroups.POD_NETWORK, s))
                    .anyMatch(c -> c.ipAddresses().contains(IP))),
        probe(
            vmi,
            "host → VMs",
            (b, u, s) -> b.hosts.vmsOn(HOST, s).stream().anyMatch(v -> inShop(v.key()))),
        probe(
            vmi,
            "host page: VM count",
            (b, u, s) -> b.hosts.host(HOST, s).map(h -> h.vmCount() > 0).orElse(false)),
        probe(
            vmi,
            "Hosts and Clusters: hosts with VMs",
            (b, u, s) -> b.hosts.hosts(s).stream().anyMatch(h -> h.vmCount() > 0)));
  }

  private static List<Probe> disks() {
    CachedKind pvc = CachedKind.PERSISTENT_VOLUME_CLAIMS;
    CachedKind dv = CachedKind.DATA_VOLUMES;
    return List.of(
        probe(pvc, "datastore → VMs and Files", (b, u, s) -> disk(b, s, ORPHAN_CLAIM).isPresent()),
        probe(
            pvc,
            "Attach existing disk",
            (b, u, s) ->
                b.storage.unattached(SHOP, s).stream().anyMatch(d -> d.key().equals(ORPHAN_CLAIM))),
        probe(
            pvc,
            "VM → Configure: a disk's size from its claim",
            (b, u, s) ->
                b.storage.vmDisks(WEB_01, s).stream().anyMatch(d -> GROWN.equals(d.disk().size()))),
        probe(
            pvc,
            "Delete from Disk: a disk's size from its claim",
            (b, u, s) ->
                b.deletion.plan(WEB_01, s).orElseThrow().items().stream()
                    .anyMatch(i -> GROWN.equals(i.size()))),
        probe(
            pvc,
            "New VM: a disk to clone",
            (b, u, s) -> newVm(b, u).claimSizes().containsKey(ORPHAN_CLAIM.name())),
        probe(
            dv,
            "datastore → VMs and Files",
            (b, u, s) ->
                disk(b, s, b.rootDisk).filter(d -> d.kind().equals("DataVolume")).isPresent()));
  }

  private static List<Probe> networks() {
    CachedKind nad = CachedKind.NETWORK_ATTACHMENT_DEFINITIONS;
    return List.of(
        probe(
            nad,
            "Networking tree",
            (b, u, s) -> b.portGroups.list(s.of(nad)).stream().anyMatch(g -> g.key().equals(DMZ))),
        probe(nad, "port group page", (b, u, s) -> b.portGroups.get(DMZ, s.of(nad)).isPresent()));
  }

  private static List<Probe> snapshots() {
    CachedKind snap = CachedKind.SNAPSHOTS;
    return List.of(
        probe(snap, "VM → Snapshots", (b, u, s) -> !b.snapshots.snapshotsOf(s, WEB_01).isEmpty()),
        probe(snap, "Snapshot Manager tree", (b, u, s) -> !b.snapshots.tree(s, WEB_01).isEmpty()),
        probe(
            snap,
            "Take snapshot: names taken",
            (b, u, s) -> !b.snapshots.namesIn(u, SHOP).isEmpty()),
        probe(
            snap,
            "snapshot list",
            (b, u, s) -> b.snapshots.overview(s).stream().anyMatch(o -> inShop(o.vm()))),
        probe(
            CachedKind.RESTORES,
            "Snapshot Manager tree: where a revert left the VM",
            (b, u, s) -> youAreHereUnder(b.snapshots.tree(s, WEB_01), OLD_SNAPSHOT)),
        probe(
            CachedKind.EVENTS,
            "VM → Monitor: events",
            (b, u, s) -> !b.events.of(WEB_01, s).isEmpty()));
  }

  /** What a lab step's condition reads (LabFacts), as the user doing the lab may see it. */
  private static List<Probe> labs() {
    return List.of(
        probe(
            CachedKind.VIRTUAL_MACHINES,
            "lab: a VM's power state",
            (b, u, s) -> b.labs.factsFor(u).power(WEB_01).isPresent()),
        probe(
            CachedKind.VIRTUAL_MACHINES,
            "lab: a VM's labels",
            (b, u, s) -> !b.labs.factsFor(u).labels(WEB_01).isEmpty()),
        probe(
            CachedKind.VIRTUAL_MACHINES,
            "lab: a VM's adapters' networks",
            (b, u, s) -> !b.labs.factsFor(u).nicNetworks(WEB_01).isEmpty()),
        probe(
            CachedKind.VIRTUAL_MACHINE_INSTANCES,
            "lab: an adapter only the instance still has",
            (b, u, s) ->
                b.labs.factsFor(u).nicNetworks(WEB_01).stream()
                    .anyMatch(n -> n.contains(LIVE_ONLY_NETWORK))),
        probe(
            CachedKind.NETWORK_ATTACHMENT_DEFINITIONS,
            "lab: port groups",
            (b, u, s) ->
                b.labs.factsFor(u).portGroups().stream()
                    .anyMatch(g -> g.namespace().equals(SHOP) && g.name().equals(DMZ.name()))),
        probe(
            CachedKind.SNAPSHOTS,
            "lab: a VM's snapshots",
            (b, u, s) -> !b.labs.factsFor(u).snapshots(WEB_01).isEmpty()),
        probe(
            CachedKind.RESTORES,
            "lab: a VM's completed restores",
            (b, u, s) -> b.labs.factsFor(u).restoresComplete(WEB_01) > 0),
        probe(
            CachedKind.MIGRATIONS,
            "lab: a VM's migrations",
            (b, u, s) -> !b.labs.factsFor(u).migrationPhases(WEB_01).isEmpty()));
  }

  private static List<Probe> clusterScoped() {
    return List.of(
        probe(CachedKind.NODES, "Hosts and Clusters", (b, u, s) -> !b.hosts.hosts(s).isEmpty()),
        probe(CachedKind.NODES, "host page", (b, u, s) -> b.hosts.host(HOST, s).isPresent()),
        probe(CachedKind.NODES, "host → VMs", (b, u, s) -> !b.hosts.vmsOn(HOST, s).isEmpty()),
        probe(
            CachedKind.NODE_MAINTENANCES,
            "host page: the Node Maintenance Operator's state",
            (b, u, s) -> b.hosts.nodeMaintenance(HOST, s).isPresent()),
        probe(
            CachedKind.NAMESPACES,
            "VMs and Templates: an empty folder",
            (b, u, s) ->
                b.inventory.folders(s).stream()
                    .anyMatch(f -> f.namespace().equals(EMPTY_NAMESPACE))),
        probe(
            CachedKind.STORAGE_CLASSES,
            "Storage tree",
            (b, u, s) -> datastores(b, s).anyMatch(d -> d.name().equals(UNUSED_CLASS))),
        probe(
            CachedKind.STORAGE_CLASSES,
            "Add disk: datastores offered",
            (b, u, s) -> b.storage.datastoreNames(DatastoreScope.of(s)).contains(UNUSED_CLASS)),
        probe(
            CachedKind.STORAGE_CLASSES,
            "New VM: datastores offered",
            (b, u, s) -> newVm(b, u).datastores().contains(UNUSED_CLASS)),
        probe(
            CachedKind.PERSISTENT_VOLUMES,
            "datastore: used, from PersistentVolumes",
            (b, u, s) ->
                datastores(b, s)
                    .anyMatch(
                        d -> d.capacity().used().source() == CapacitySource.PERSISTENT_VOLUMES)),
        probe(
            CachedKind.STORAGE_CAPACITIES,
            "datastore: free, from CSIStorageCapacity",
            (b, u, s) -> datastores(b, s).anyMatch(d -> d.capacity().free().known())),
        probe(
            CachedKind.VOLUME_SNAPSHOT_CLASSES,
            "datastore: snapshots possible",
            (b, u, s) -> datastores(b, s).anyMatch(Datastore::snapshots)));
  }

  /** What the New VM wizard's checks compare with, for a VM in shop. */
  private static NewVmContext newVm(VisibilityBed bed, UserIdentity user) {
    return bed.creation.context(
        user, SHOP, new Catalog(List.of(), List.of(), List.of(), List.of()));
  }

  private static VmQuery query(String namespace, String text, UserScopes scopes) {
    return VmQuery.of(namespace, text, List.of(), scopes);
  }

  private static List<VmRow> grid(VisibilityBed bed, UserScopes scopes, String text) {
    return bed.inventory.page(query("", text, scopes), 0, 10_000);
  }

  private static boolean inShop(VmRow row) {
    return row.namespace().equals(SHOP);
  }

  private static boolean inShop(ResourceKey key) {
    return key.namespace().equals(SHOP);
  }

  /** web-01 with what its instance says: where it runs, its address. */
  private static boolean running(VmRow row) {
    return row.key().equals(WEB_01) && (HOST.equals(row.host()) || row.ipAddresses().contains(IP));
  }

  private static Stream<PortGroupVm> connected(VisibilityBed bed, ResourceKey group, UserScopes s) {
    return bed.portGroups.connected(group, s).stream();
  }

  private static Optional<DiskRow> disk(VisibilityBed bed, UserScopes scopes, ResourceKey key) {
    return bed.storage.disks("", scopes).stream().filter(d -> d.key().equals(key)).findFirst();
  }

  private static Stream<Datastore> datastores(VisibilityBed bed, UserScopes scopes) {
    return bed.storage.datastores(DatastoreScope.of(scopes)).stream();
  }

  /** Whether the refusal names {@code vm} among the users of the object it is about. */
  private static boolean names(Optional<Message> message, ResourceKey vm) {
    return message
        .map(m -> m.args().stream().skip(1).anyMatch(a -> a.contains(vm.name())))
        .orElse(false);
  }

  /** Whether the "You are here" marker stands right under the snapshot {@code name}. */
  private static boolean youAreHereUnder(List<SnapshotNode> nodes, String name) {
    Predicate<SnapshotNode> named = n -> n.snapshot() != null && n.snapshot().name().equals(name);
    for (SnapshotNode node : nodes) {
      if (named.test(node) && node.children().stream().anyMatch(SnapshotNode::youAreHereMarker)) {
        return true;
      }
      if (youAreHereUnder(node.children(), name)) {
        return true;
      }
    }
    return false;
  }
}
