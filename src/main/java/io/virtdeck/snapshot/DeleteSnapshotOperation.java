package io.virtdeck.snapshot;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import java.util.List;

/** Deletes one VirtualMachineSnapshot (KubeVirt deletes its content) and waits until it is gone. */
final class DeleteSnapshotOperation implements Operation {

  private final ResourceKey snapshot;
  private final SnapshotStore store;

  DeleteSnapshotOperation(ResourceKey snapshot, SnapshotStore store) {
    this.snapshot = snapshot;
    this.store = store;
  }

  @Override
  public String titleKey() {
    return "task.snapshot.delete";
  }

  @Override
  public ResourceKey target() {
    return snapshot;
  }

  @Override
  public String targetKind() {
    return "VirtualMachineSnapshot";
  }

  @Override
  public AccessRequest access() {
    return SnapshotAction.DELETE.access().in(snapshot.namespace()).named(snapshot.name());
  }

  @Override
  public ApiCall call() {
    return SnapshotCommands.delete(snapshot);
  }

  @Override
  public List<String> commands() {
    return SnapshotCommands.deleteCommands(snapshot);
  }

  @Override
  public String currentYaml() {
    return store.snapshotYaml(snapshot);
  }

  @Override
  public Outcome progress() {
    return store.snapshot(snapshot).isEmpty() ? Outcome.completed() : new Outcome.Pending(50);
  }
}
