package io.virtdeck.snapshot;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reverts a VM to a snapshot: creates a VirtualMachineRestore and follows it until it is complete
 * or has stopped with a reason (KubeVirt restores only a stopped VM).
 */
final class RevertOperation implements Operation {

  private final ResourceKey vm;
  private final ResourceKey restore;
  private final Map<String, Object> object;
  private final SnapshotStore store;

  RevertOperation(ResourceKey vm, String snapshot, String restoreName, SnapshotStore store) {
    this.vm = vm;
    this.restore = new ResourceKey(vm.namespace(), restoreName);
    this.object = SnapshotCommands.restore(vm, snapshot, restoreName);
    this.store = store;
  }

  @Override
  public String titleKey() {
    return "task.snapshot.revert";
  }

  @Override
  public ResourceKey target() {
    return vm;
  }

  @Override
  public String targetKind() {
    return "VirtualMachine";
  }

  @Override
  public AccessRequest access() {
    return SnapshotAction.REVERT.access().in(vm.namespace());
  }

  @Override
  public ApiCall call() {
    return SnapshotCommands.create(vm.namespace(), "virtualmachinerestores", object);
  }

  @Override
  public List<String> commands() {
    return SnapshotCommands.createCommands("vmrestore", object);
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
