package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.VmOperation;
import java.util.List;

/**
 * Deletes a stopped VM (background propagation: the garbage collector deletes the DataVolumes and
 * claims it still owns, and their claims). Done once the VM and those disks are gone from the
 * cache.
 */
public final class DeleteVmOperation extends VmOperation {

  private final ClusterCaches caches;
  private final List<DeleteItem> owned;

  /** {@code owned}: the disks the VM owns that go with it. */
  DeleteVmOperation(ClusterCaches caches, ResourceKey vm, List<DeleteItem> owned) {
    super(vm);
    this.caches = caches;
    this.owned = List.copyOf(owned);
  }

  @Override
  public String titleKey() {
    return "task.delete_vm";
  }

  @Override
  public AccessRequest access() {
    return new AccessRequest(
        "delete", "kubevirt.io", "virtualmachines", "", vm.namespace(), vm.name());
  }

  @Override
  public ApiCall call() {
    return DeleteCommands.delete(vm, "VirtualMachine");
  }

  @Override
  public List<String> commands() {
    return DeleteCommands.commands(vm, "VirtualMachine");
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(caches.virtualMachines().get(vm));
  }

  @Override
  public String awaited() {
    return owned.isEmpty()
        ? super.awaited()
        : super.awaited() + ", " + owned.stream().map(d -> d.key().toString()).toList();
  }

  @Override
  public Outcome progress() {
    long left = owned.stream().filter(this::exists).count();
    if (caches.virtualMachines().get(vm).isPresent()) {
      return Outcome.pending();
    }
    if (left > 0) {
      int total = owned.size() + 1;
      return new Outcome.Pending((int) (100 * (total - left) / total));
    }
    return Outcome.completed();
  }

  private boolean exists(DeleteItem disk) {
    return disk.kind() == DeleteItem.Kind.DATA_VOLUME
        ? caches.dataVolumes().get(disk.key()).isPresent()
        : caches.persistentVolumeClaims().get(disk.key()).isPresent();
  }
}
