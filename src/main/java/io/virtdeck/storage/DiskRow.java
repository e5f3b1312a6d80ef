package io.virtdeck.storage;

import io.virtdeck.cluster.ResourceKey;
import java.time.Instant;
import java.util.List;

/**
 * A disk on a datastore (a claim, or a DataVolume with its claim): {@code status} is the claim's
 * phase (or the DataVolume's while it has none), {@code progress} the import in percent (-1 when
 * none runs), {@code vms} the VMs using it; orphaned when none does.
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
    Instant created) {

  public DiskRow {
    accessModes = List.copyOf(accessModes);
    vms = List.copyOf(vms);
  }

  public boolean orphaned() {
    return vms.isEmpty();
  }

  /** Only one node may mount it at a time. */
  public boolean readWriteOnce() {
    return accessModes.contains("ReadWriteOnce") || accessModes.contains("ReadWriteOncePod");
  }
}
