package io.virtdeck.storage;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskChain;
import io.virtdeck.task.TaskService;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The disk actions: whether a user may do one, what is wrong or refused (as sentences), the
 * operation to show before confirming, and running it as a task.
 */
@Service
public class StorageOperations {

  private final ClusterCaches caches;
  private final StorageInventory inventory;
  private final AccessReviews reviews;
  private final TaskService tasks;
  private final StoragePermissions permissions;

  public StorageOperations(
      ClusterCaches caches, StorageInventory inventory, AccessReviews reviews, TaskService tasks) {
    this.caches = caches;
    this.inventory = inventory;
    this.reviews = reviews;
    this.tasks = tasks;
    this.permissions = new StoragePermissions(caches, inventory, reviews);
  }

  public StorageInventory inventory() {
    return inventory;
  }

  /** What the user may do with disks (their Kubernetes permissions). */
  public StoragePermissions permissions() {
    return permissions;
  }

  /** What is wrong with a new disk for the VM. */
  public List<Message> checkNewDisk(ResourceKey vm, NewDisk disk) {
    Set<String> taken = new HashSet<>(vmDiskNames(vm));
    inventory.disks("", io.virtdeck.cluster.NamespaceScope.only(Set.of(vm.namespace()))).stream()
        .map(d -> d.key().name())
        .forEach(taken::add);
    return StorageChecks.newDisk(
        disk, taken, inventory.datastoreNames(), inventory.running(vm), free(disk.storageClass()));
  }

  /**
   * Why {@code user} cannot attach the disk to the VM; empty when they can. A disk in a namespace
   * whose claims the user may not list gets the same answer as one that does not exist, so that a
   * forged drop learns nothing about other namespaces.
   */
  public Optional<Message> attachRefusal(UserIdentity user, ResourceKey vm, ResourceKey disk) {
    if (!inventory.visibleTo(user).includes(disk.namespace())) {
      return Optional.of(noSuchDisk(disk));
    }
    return attachRefusal(vm, disk);
  }

  /** Why the disk cannot be attached to the VM; empty when it can. */
  public Optional<Message> attachRefusal(ResourceKey vm, ResourceKey disk) {
    if (caches.virtualMachines().get(vm).isEmpty()) {
      return Optional.of(Message.of("task.failed.gone", vm.toString()));
    }
    Optional<DiskRow> row = inventory.disk(disk);
    if (row.isEmpty()) {
      return Optional.of(noSuchDisk(disk));
    }
    return StorageChecks.attach(vm, row.get(), vmDiskNames(vm)).stream().findFirst();
  }

  private static Message noSuchDisk(ResourceKey disk) {
    return Message.of("storage.drop.no-disk", disk.toString());
  }

  /**
   * Why the disk cannot be deleted: the VMs that use it, named only to a user who may list the VMs
   * of its namespace; empty when it can.
   */
  public Optional<Message> deleteRefusal(UserScopes scopes, ResourceKey disk) {
    return inventory
        .disk(disk)
        .filter(d -> !d.orphaned())
        .map(
            d ->
                scopes.includes(CachedKind.VIRTUAL_MACHINES, disk.namespace())
                    ? Message.of(
                        "storage.delete.in-use",
                        disk.name(),
                        String.join(", ", d.vms().stream().map(ResourceKey::name).toList()))
                    : Message.of("storage.delete.in-use-hidden", disk.name(), disk.namespace()));
  }

  /** Why the claim cannot be expanded to {@code size}; empty when it can. */
  public List<Message> checkExpand(ResourceKey claim, String size) {
    return checkExpand(claim, size, false);
  }

  /** As above; {@code largeConfirmed} when the user confirmed a size above 10Ti. */
  public List<Message> checkExpand(ResourceKey claim, String size, boolean largeConfirmed) {
    Optional<DiskRow> row = inventory.disk(claim);
    if (row.isEmpty() || caches.persistentVolumeClaims().get(claim).isEmpty()) {
      return List.of(Message.of("task.failed.gone", claim.toString()));
    }
    Optional<Datastore> store = inventory.datastore(row.get().storageClass());
    if (store.isEmpty() || !store.get().expandable()) {
      return List.of(
          Message.of("storage.expand.not-allowed", claim.name(), row.get().storageClass()));
    }
    return DiskSizes.checkExpand(
        size, row.get().size(), store.get().capacity().free().bytes(), largeConfirmed);
  }

  /** The free bytes of the datastore where known (a CSI driver publishes them); else -1. */
  private long free(String storageClass) {
    return inventory.datastore(storageClass).map(d -> d.capacity().free().bytes()).orElse(-1L);
  }

  List<String> vmDiskNames(ResourceKey vm) {
    return inventory.vmDisks(vm).stream().map(VmDiskRow::name).toList();
  }

  public DiskOperation prepareCreate(String namespace, NewDisk disk) {
    boolean cdi = inventory.cdi();
    ResourceKey key = new ResourceKey(namespace, disk.name());
    return new DiskOperation(
        caches,
        DiskChange.CREATE,
        key,
        key,
        cdi,
        disk.size(),
        StorageCommands.create(namespace, disk, cdi),
        StorageCommands.createCommands(namespace, disk, cdi));
  }

  /** Hot-plug on a running VM, else a patch of its spec. */
  public DiskOperation prepareAttach(ResourceKey vm, ResourceKey disk, String bus) {
    boolean dv = caches.dataVolumes().get(disk).isPresent();
    if (inventory.running(vm)) {
      return new DiskOperation(
          caches,
          DiskChange.HOTPLUG,
          vm,
          disk,
          dv,
          "",
          StorageCommands.subresource(vm, "addvolume", DiskPatches.addVolume(disk.name(), dv, bus)),
          StorageCommands.addVolumeCommands(vm, disk.name(), dv, bus));
    }
    String patch = DiskPatches.attach(seen(vm), disk.name(), dv, bus);
    return new DiskOperation(
        caches,
        DiskChange.ATTACH,
        vm,
        disk,
        dv,
        "",
        StorageCommands.patchVm(vm, patch),
        StorageCommands.patchVmCommands(vm, patch));
  }

  /** {@code removevolume} for a hot-plugged disk of a running VM, else a patch of its spec. */
  public DiskOperation prepareDetach(ResourceKey vm, String diskName) {
    VmDiskRow row =
        inventory.vmDisks(vm).stream()
            .filter(d -> d.name().equals(diskName))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No disk " + diskName));
    ResourceKey disk = new ResourceKey(vm.namespace(), row.claim());
    boolean dv = row.disk().sourceKind().equals("DataVolume");
    if (inventory.running(vm) && row.disk().hotplugged()) {
      return new DiskOperation(
          caches,
          DiskChange.UNPLUG,
          vm,
          disk,
          dv,
          "",
          StorageCommands.subresource(vm, "removevolume", DiskPatches.removeVolume(diskName)),
          StorageCommands.removeVolumeCommands(vm, diskName));
    }
    String patch = DiskPatches.detach(seen(vm), diskName);
    return new DiskOperation(
        caches,
        DiskChange.DETACH,
        vm,
        disk,
        dv,
        "",
        StorageCommands.patchVm(vm, patch),
        StorageCommands.patchVmCommands(vm, patch));
  }

  public DiskOperation prepareExpand(ResourceKey claim, String size) {
    return new DiskOperation(
        caches,
        DiskChange.EXPAND,
        claim,
        claim,
        false,
        size.trim(),
        StorageCommands.expand(claim, size),
        StorageCommands.expandCommands(claim, size));
  }

  public DiskOperation prepareDelete(ResourceKey disk) {
    boolean dv = caches.dataVolumes().get(disk).isPresent();
    return new DiskOperation(
        caches,
        DiskChange.DELETE,
        disk,
        disk,
        dv,
        "",
        StorageCommands.delete(disk, dv),
        StorageCommands.deleteCommands(disk, dv));
  }

  private VirtualMachine seen(ResourceKey vm) {
    return caches
        .virtualMachines()
        .get(vm)
        .orElseThrow(() -> new IllegalArgumentException("No VM " + vm));
  }

  /** Runs a prepared operation as {@code user}; the server checks the permission again. */
  public Task run(UserIdentity user, Operation operation) {
    return tasks.submit(user, operation);
  }

  /** Creates the disk, then (once it exists) attaches it to the VM: two tasks. */
  public Task createAndAttach(UserIdentity user, ResourceKey vm, NewDisk disk) {
    Task created = run(user, prepareCreate(vm.namespace(), disk));
    new TaskChain(tasks)
        .whenFinished(
            user,
            created,
            finished -> {
              if (finished.status() == io.virtdeck.task.TaskStatus.COMPLETED) {
                run(
                    user,
                    prepareAttach(vm, new ResourceKey(vm.namespace(), disk.name()), disk.bus()));
              }
            });
    return created;
  }
}
