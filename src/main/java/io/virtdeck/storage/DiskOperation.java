package io.virtdeck.storage;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Await;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import java.util.List;

/**
 * One disk operation: its request (built by {@link StorageOperations}), the commands that do the
 * same, the permission it needs, and how the cache shows it done ({@link DiskProgress}).
 */
public final class DiskOperation implements Operation {

  private final ClusterCaches caches;
  private final DiskChange change;
  private final ResourceKey target;
  private final ResourceKey disk;
  private final boolean dataVolume;
  private final String size;
  private final ApiCall call;
  private final List<String> commands;

  DiskOperation(
      ClusterCaches caches,
      DiskChange change,
      ResourceKey target,
      ResourceKey disk,
      boolean dataVolume,
      String size,
      ApiCall call,
      List<String> commands) {
    this.caches = caches;
    this.change = change;
    this.target = target;
    this.disk = disk;
    this.dataVolume = dataVolume;
    this.size = size;
    this.call = call;
    this.commands = List.copyOf(commands);
  }

  public DiskChange change() {
    return change;
  }

  /** The claim or DataVolume the operation is about. */
  public ResourceKey disk() {
    return disk;
  }

  @Override
  public String titleKey() {
    return change.titleKey();
  }

  @Override
  public ResourceKey target() {
    return target;
  }

  boolean onVm() {
    return switch (change) {
      case HOTPLUG, ATTACH, UNPLUG, DETACH -> true;
      case CREATE, EXPAND, DELETE -> false;
    };
  }

  @Override
  public String targetKind() {
    return onVm() ? "VirtualMachine" : dataVolume ? "DataVolume" : "PersistentVolumeClaim";
  }

  @Override
  public AccessRequest access() {
    String ns = target.namespace();
    return switch (change) {
      case CREATE ->
          dataVolume
              ? new AccessRequest("create", "cdi.kubevirt.io", "datavolumes", "", ns, "")
              : new AccessRequest("create", "", "persistentvolumeclaims", "", ns, "");
      case HOTPLUG, UNPLUG ->
          new AccessRequest(
              "update",
              "subresources.kubevirt.io",
              "virtualmachines",
              change == DiskChange.HOTPLUG ? "addvolume" : "removevolume",
              ns,
              target.name());
      case ATTACH, DETACH ->
          new AccessRequest("patch", "kubevirt.io", "virtualmachines", "", ns, target.name());
      case EXPAND ->
          new AccessRequest("patch", "", "persistentvolumeclaims", "", ns, target.name());
      case DELETE ->
          dataVolume
              ? new AccessRequest("delete", "cdi.kubevirt.io", "datavolumes", "", ns, target.name())
              : new AccessRequest("delete", "", "persistentvolumeclaims", "", ns, target.name());
    };
  }

  @Override
  public ApiCall call() {
    return call;
  }

  @Override
  public List<String> commands() {
    return commands;
  }

  @Override
  public List<Await> awaits() {
    return change == DiskChange.CREATE
        ? List.of(StorageCommands.created(disk, dataVolume))
        : List.of();
  }

  @Override
  public String currentYaml() {
    if (onVm()) {
      return ObjectYaml.of(caches.virtualMachines().get(target));
    }
    return dataVolume && change != DiskChange.EXPAND
        ? ObjectYaml.of(caches.dataVolumes().get(disk))
        : ObjectYaml.of(caches.persistentVolumeClaims().get(disk));
  }

  @Override
  public Outcome progress() {
    if (onVm() && caches.virtualMachines().get(target).isEmpty()) {
      return Outcome.failed(Message.of("task.failed.gone", target.toString()));
    }
    return new DiskProgress(caches).of(change, target, disk, dataVolume, size);
  }
}
