package io.virtdeck.storage;

import io.virtdeck.cluster.ResourceKey;
import java.time.Instant;
import java.util.List;

/**
 * A disk on a datastore (a claim, or a DataVolume with its claim): {@code status} is the claim's
 * phase (or the DataVolume's while it has none), {@code progress} the import in percent (-1 when
 * none runs), {@code vms} the VMs using it; orphaned when none does. {@code vmsHidden}: VMs use it,
 * but the user may not list the VMs of its namespace, so they are not named.
 */
public record DiskRow(
    ResourceKey key,
    String kind,
    String storageClass,
    String size,
    String status,
    int progress,
    List<String> accessModes,
    String volumeMode,
    List<ResourceKey> vms,
    Instant created,
    boolean vmsHidden) {

  public DiskRow {
    accessModes = List.copyOf(accessModes);
    vms = List.copyOf(vms);
  }

  /** A disk whose users are all named. */
  public DiskRow(
      ResourceKey key,
      String kind,
      String storageClass,
      String size,
      String status,
      int progress,
      List<String> accessModes,
      String volumeMode,
      List<ResourceKey> vms,
      Instant created) {
    this(
        key,
        kind,
        storageClass,
        size,
        status,
        progress,
        accessModes,
        volumeMode,
        vms,
        created,
        false);
  }

  /** No VM uses it. */
  public boolean orphaned() {
    return vms.isEmpty() && !vmsHidden;
  }

  /**
   * The row for a user who may not list the VMs of its namespace: whether it is in use stays known,
   * by which VMs does not.
   */
  public DiskRow withoutVmNames() {
    return vms.isEmpty()
        ? this
        : new DiskRow(
            key,
            kind,
            storageClass,
            size,
            status,
            progress,
            accessModes,
            volumeMode,
            List.of(),
            created,
            true);
  }

  /** The same disk with the size and datastore a user may see of it ("" when unknown). */
  public DiskRow withFigures(String shownSize, String shownClass) {
    return new DiskRow(
        key,
        kind,
        shownClass,
        shownSize,
        status,
        progress,
        accessModes,
        volumeMode,
        vms,
        created,
        vmsHidden);
  }

  /** Only one node may mount it at a time. */
  public boolean readWriteOnce() {
    return accessModes.contains("ReadWriteOnce") || accessModes.contains("ReadWriteOncePod");
  }
}
