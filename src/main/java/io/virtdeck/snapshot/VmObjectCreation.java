package io.virtdeck.snapshot;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Await;
import io.virtdeck.task.VmOperation;
import java.util.List;
import java.util.Map;

/**
 * Creates one KubeVirt object for a VM (a snapshot, a restore) and follows it: what taking a
 * snapshot and reverting to one share; each says how far its object has come.
 */
abstract class VmObjectCreation extends VmOperation {

  /** What is created: the task title, the permission, the resource and kubectl's short name. */
  record Creates(String titleKey, SnapshotAction action, String resource, String shortName) {}

  private final Creates creates;
  private final Map<String, Object> object;
  protected final SnapshotStore store;

  VmObjectCreation(
      ResourceKey vm, Creates creates, Map<String, Object> object, SnapshotStore store) {
    super(vm);
    this.creates = creates;
    this.object = object;
    this.store = store;
  }

  @Override
  public final String titleKey() {
    return creates.titleKey();
  }

  @Override
  public final AccessRequest access() {
    return creates.action().access().in(vm.namespace());
  }

  @Override
  public final ApiCall call() {
    return SnapshotCommands.create(vm.namespace(), creates.resource(), object);
  }

  @Override
  public final List<String> commands() {
    return SnapshotCommands.createCommands(vm.namespace(), creates.resource(), object);
  }

  @Override
  public final List<Await> awaits() {
    return List.of(SnapshotCommands.created(vm.namespace(), creates.resource(), object));
  }
}
