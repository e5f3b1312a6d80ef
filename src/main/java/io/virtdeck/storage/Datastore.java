package io.virtdeck.storage;

/**
 * A datastore: one StorageClass as a vSphere admin sees it. {@code snapshotClass} names the
 * VolumeSnapshotClass of its driver, empty when snapshots are not possible.
 */
public record Datastore(
    String name,
    boolean isDefault,
    String provisioner,
    String reclaimPolicy,
    String bindingMode,
    boolean expandable,
    String snapshotClass,
    Capacity capacity) {

  public boolean snapshots() {
    return !snapshotClass.isEmpty();
  }
}
