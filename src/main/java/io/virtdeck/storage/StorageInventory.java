package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.vm.CachedStorage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/**
 * The datastores and disks as the views read them: StorageClasses with their capacity, the disks on
 * each (only in namespaces the user may list claims in), a VM's disks, and their changes.
 */
@Service
public class StorageInventory {

  private final ClusterCaches caches;
  private final AccessReviews reviews;

  public StorageInventory(ClusterCaches caches, AccessReviews reviews) {
    this.caches = caches;
    this.reviews = reviews;
  }

  /** The namespaces whose claims {@code user} may see. */
  public NamespaceScope visibleTo(UserIdentity user) {
    return reviews.listScope(user, "", "persistentvolumeclaims");
  }

  public List<Datastore> datastores() {
    Datastores.Inputs in = inputs();
    return in.classes().stream()
        .map(c -> Datastores.read(c, in))
        .sorted(Comparator.comparing(Datastore::name))
        .toList();
  }

  /** What {@code user} may read of the objects that datastores and their figures are built from. */
  public DatastoreScope datastoreScope(UserIdentity user) {
    return DatastoreScope.of(reviews.scopes(user));
  }

  /**
   * The datastores as {@code scope}'s user may see them: figures built only from the objects they
   * may read; without the right to list StorageClasses, only those their own disks are on.
   */
  public List<Datastore> datastores(DatastoreScope scope) {
    Datastores.Inputs in = scope.filter(inputs());
    return in.classes().stream()
        .map(c -> Datastores.read(c, in))
        .sorted(Comparator.comparing(Datastore::name))
        .toList();
  }

  /** One datastore as {@code scope}'s user may see it (see {@link #datastores(DatastoreScope)}). */
  public Optional<Datastore> datastore(String name, DatastoreScope scope) {
    return datastores(scope).stream().filter(d -> d.name().equals(name)).findFirst();
  }

  public Optional<Datastore> datastore(String name) {
    Datastores.Inputs in = inputs();
    return caches.storageClasses().get(new ResourceKey("", name)).map(c -> Datastores.read(c, in));
  }

  private Datastores.Inputs inputs() {
    return new Datastores.Inputs(
        caches.storageClasses().list(),
        caches.volumeSnapshotClasses().list(),
        caches.storageCapacities().list(),
        caches.persistentVolumes().list(),
        caches.persistentVolumeClaims().list(),
        caches.dataVolumes().list());
  }

  /**
   * The disks of every datastore (or of one when {@code storageClass} is not empty) as the user may
   * see them: claims and DataVolumes only where they may list each, and the VMs using a disk named
   * only where they may list VMs (elsewhere the disk is in use, by VMs not named).
   */
  public List<DiskRow> disks(String storageClass, UserScopes scopes) {
    NamespaceScope vms = scopes.of(CachedKind.VIRTUAL_MACHINES);
    NamespaceScope claimScope = scopes.of(CachedKind.PERSISTENT_VOLUME_CLAIMS);
    NamespaceScope dvScope = scopes.of(CachedKind.DATA_VOLUMES);
    List<PersistentVolumeClaim> allClaims = caches.persistentVolumeClaims().list();
    List<DataVolume> allDvs = caches.dataVolumes().list();
    // who uses a disk is known from every VM, claim and DataVolume: a disk is orphaned or not
    // whoever looks; only the names shown depend on the user
    DiskOwners owners = DiskOwners.of(caches.virtualMachines().list(), allClaims, allDvs);
    List<PersistentVolumeClaim> claims =
        allClaims.stream()
            .filter(c -> claimScope.includes(c.getMetadata().getNamespace()))
            .toList();
    List<DataVolume> dvs =
        allDvs.stream().filter(d -> dvScope.includes(d.getMetadata().getNamespace())).toList();
    return DiskRows.of(claims, dvs, owners, defaultClass()).stream()
        .filter(d -> storageClass.isEmpty() || d.storageClass().equals(storageClass))
        .map(d -> vms.includes(d.key().namespace()) ? d : d.withoutVmNames())
        .toList();
  }

  /**
   * VirtDeck's own view of the disks in {@code scope}'s namespaces, for its checks (names taken,
   * whether a disk is in use): not for showing to a user.
   */
  public List<DiskRow> disks(String storageClass, NamespaceScope scope) {
    List<PersistentVolumeClaim> claims =
        caches.persistentVolumeClaims().list().stream()
            .filter(c -> scope.includes(c.getMetadata().getNamespace()))
            .toList();
    List<DataVolume> dvs =
        caches.dataVolumes().list().stream()
            .filter(d -> scope.includes(d.getMetadata().getNamespace()))
            .toList();
    DiskOwners owners = DiskOwners.of(caches.virtualMachines().list(), claims, dvs);
    return DiskRows.of(claims, dvs, owners, defaultClass()).stream()
        .filter(d -> storageClass.isEmpty() || d.storageClass().equals(storageClass))
        .toList();
  }

  public Optional<DiskRow> disk(ResourceKey key) {
    return disks("", NamespaceScope.only(java.util.Set.of(key.namespace()))).stream()
        .filter(d -> d.key().equals(key))
        .findFirst();
  }

  /** The disks of the namespace no VM uses that the user may see: what "Attach existing" offers. */
  public List<DiskRow> unattached(String namespace, UserScopes scopes) {
    return disks("", scopes).stream()
        .filter(d -> d.key().namespace().equals(namespace))
        .filter(DiskRow::orphaned)
        .toList();
  }

  public String defaultClass() {
    return StorageClasses.defaultOf(caches.storageClasses().list());
  }

  /** A VM's disks (VirtDeck's own view, for checks); empty when the VM is unknown. */
  public List<VmDiskRow> vmDisks(ResourceKey vm) {
    return vmDisks(vm, UserScopes.ALL);
  }

  /**
   * A VM's disks as the user may see them: none outside their VM scope; sizes and datastores only
   * from claims and DataVolumes they may list, volume phases only from instances they may list.
   */
  public List<VmDiskRow> vmDisks(ResourceKey vm, UserScopes scopes) {
    if (!scopes.includes(CachedKind.VIRTUAL_MACHINES, vm.namespace())) {
      return List.of();
    }
    var vmi =
        scopes.includes(CachedKind.VIRTUAL_MACHINE_INSTANCES, vm.namespace())
            ? caches.virtualMachineInstances().get(vm).orElse(null)
            : null;
    return caches
        .virtualMachines()
        .get(vm)
        .map(v -> VmDiskRows.of(v, vmi, CachedStorage.of(caches, scopes)))
        .orElse(List.of());
  }

  /** The VMs of a namespace, sorted: what "Attach to VM…" offers. */
  public List<ResourceKey> vmsIn(String namespace) {
    return caches.virtualMachines().list(namespace).stream()
        .map(io.virtdeck.cluster.Keys::of)
        .sorted()
        .toList();
  }

  public boolean running(ResourceKey vm) {
    return caches.virtualMachineInstances().get(vm).isPresent();
  }

  /** Whether CDI is installed (DataVolumes can be listed). */
  public boolean cdi() {
    return caches.dataVolumes().state().usable();
  }

  /** Names of the datastores, the default first (VirtDeck's own view, for checks). */
  public List<String> datastoreNames() {
    return datastoreNames(DatastoreScope.ALL);
  }

  /** Names of the datastores the user of {@code scope} may see, the default first. */
  public List<String> datastoreNames(DatastoreScope scope) {
    return datastores(scope).stream()
        .sorted(
            Comparator.comparing((Datastore d) -> !d.isDefault()).thenComparing(Datastore::name))
        .map(Datastore::name)
        .toList();
  }

  /** Keys of StorageClasses added, changed or deleted. */
  public Flux<ResourceKey> classChanges() {
    return caches.storageClasses().changes().map(ResourceEvent::key);
  }

  /** Something about storage or VMs changed (for live views); carries the changed key. */
  public Flux<ResourceKey> changes() {
    return Flux.merge(
        caches.storageClasses().changes().map(ResourceEvent::key),
        caches.persistentVolumeClaims().changes().map(ResourceEvent::key),
        caches.dataVolumes().changes().map(ResourceEvent::key),
        caches.storageCapacities().changes().map(ResourceEvent::key),
        caches.persistentVolumes().changes().map(ResourceEvent::key),
        caches.virtualMachines().changes().map(ResourceEvent::key),
        caches.virtualMachineInstances().changes().map(ResourceEvent::key));
  }
}
