package io.virtdeck.snapshot;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import java.util.Optional;

/** Creates a VirtualMachineSnapshot of a VM and follows it until it is ready to use. */
final class TakeSnapshotOperation extends VmObjectCreation {

  private static final Creates CREATES =
      new Creates(
          "task.snapshot.take", SnapshotAction.TAKE, "virtualmachinesnapshots", "vmsnapshot");

  private final ResourceKey snapshot;

  TakeSnapshotOperation(ResourceKey vm, String name, String description, SnapshotStore store) {
    super(vm, CREATES, SnapshotCommands.snapshot(vm, name, description), store);
    this.snapshot = new ResourceKey(vm.namespace(), name);
  }

  @Override
  public String awaited() {
    return "VirtualMachineSnapshot " + snapshot;
  }

  ResourceKey snapshot() {
    return snapshot;
  }

  @Override
  public String currentYaml() {
    return store.snapshotYaml(snapshot);
  }

  @Override
  public Outcome progress() {
    Optional<SnapshotRow> row = store.snapshot(snapshot);
    if (row.isEmpty()) {
      return new Outcome.Pending(5);
    }
    if (row.get().failed()) {
      return Outcome.failed(Message.of("task.failed.snapshot", row.get().error()));
    }
    return row.get().ready() ? Outcome.completed() : new Outcome.Pending(row.get().progress());
  }
}
