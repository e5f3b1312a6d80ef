package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.vm.rows.StorageLookup;
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
    return new DatastoreScope(
        reviews.allowed(user, AccessRequest.of("list", "storage.k8s.io", "storageclasses")),
        reviews.allowed(user, AccessRequest.of("list", "", "persistentvolumes")),
        visibleTo(user),
        reviews.listScope(user, "cdi.kubevirt.io", "datavolumes"),
        reviews.listScope(user, "storage.k8s.io", "csistoragecapacities"));
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

  /** The disks of every datastore (or of one when {@code storageClass} is not empty). */
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

  /** The disks of the namespace no VM uses: what "Attach existing disk" offers. */
  public List<DiskRow> unattached(String namespace) {
    return disks("", NamespaceScope.only(java.util.Set.of(namespace))).stream()
        .filter(DiskRow::orphaned)
        .toList();
  }

  public String defaultClass() {
    return StorageClasses.defaultOf(caches.storageClasses().list());
  }

  /** A VM's disks; empty when the VM is unknown. */
  public List<VmDiskRow> vmDisks(ResourceKey vm) {
    return caches
        .virtualMachines()
        .get(vm)
        .map(v -> VmDiskRows.of(v, caches.virtualMachineInstances().get(vm).orElse(null), lookup()))
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

  /** Names of the datastores, the default first. */
  public List<String> datastoreNames() {
    return datastores().stream()
        .sorted(
            Comparator.comparing((Datastore d) -> !d.isDefault()).thenComparing(Datastore::name))
        .map(Datastore::name)
        .toList();
  }

  StorageLookup lookup() {
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
