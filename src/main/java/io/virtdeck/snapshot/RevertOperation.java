package io.virtdeck.snapshot;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import java.util.Optional;

/**
 * Reverts a VM to a snapshot: creates a VirtualMachineRestore and follows it until it is complete
 * or has stopped with a reason (KubeVirt restores only a stopped VM).
 */
final class RevertOperation extends VmObjectCreation {

  private static final Creates CREATES =
      new Creates(
          "task.snapshot.revert", SnapshotAction.REVERT, "virtualmachinerestores", "vmrestore");

  private final ResourceKey restore;

  RevertOperation(ResourceKey vm, String snapshot, String restoreName, SnapshotStore store) {
    super(vm, CREATES, SnapshotCommands.restore(vm, snapshot, restoreName), store);
    this.restore = new ResourceKey(vm.namespace(), restoreName);
  }

  @Override
  public String awaited() {
    return "VirtualMachineRestore " + restore;
  }

  /** The VM's YAML: before and after show what the revert changed. */
  @Override
  public String currentYaml() {
    return store.vmYaml(vm);
  }

  @Override
  public Outcome progress() {
    Optional<RestoreRow> row = store.restore(restore);
    if (row.isEmpty()) {
      return new Outcome.Pending(5);
    }
    if (row.get().complete()) {
      return Outcome.completed();
    }
    if (!row.get().failure().isEmpty()) {
      return Outcome.failed(Message.of("task.failed.restore", row.get().failure()));
    }
    return new Outcome.Pending(50);
  }
}
