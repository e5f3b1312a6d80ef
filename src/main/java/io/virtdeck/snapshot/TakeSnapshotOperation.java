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

/** Creates a VirtualMachineSnapshot of a VM and follows it until it is ready to use. */
final class TakeSnapshotOperation implements Operation {

  private final ResourceKey vm;
  private final ResourceKey snapshot;
  private final Map<String, Object> object;
  private final SnapshotStore store;

  TakeSnapshotOperation(ResourceKey vm, String name, String description, SnapshotStore store) {
    this.vm = vm;
    this.snapshot = new ResourceKey(vm.namespace(), name);
    this.object = SnapshotCommands.snapshot(vm, name, description);
    this.store = store;
  }

  ResourceKey snapshot() {
    return snapshot;
  }

  @Override
  public String titleKey() {
    return "task.snapshot.take";
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
    return SnapshotAction.TAKE.access().in(vm.namespace());
  }

  @Override
  public ApiCall call() {
    return SnapshotCommands.create(vm.namespace(), "virtualmachinesnapshots", object);
  }

  @Override
  public List<String> commands() {
    return SnapshotCommands.createCommands("vmsnapshot", object);
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
