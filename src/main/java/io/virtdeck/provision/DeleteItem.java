package io.virtdeck.provision;

import io.virtdeck.cluster.ResourceKey;
import java.util.List;

/**
 * One object Delete from Disk may delete with a VM: a DataVolume or claim it uses, or the Secret of
 * its cloud-init; its size ("" when none or unknown), whether the VM owns it (the garbage collector
 * deletes it with the VM unless it is released first), the other VMs that use it (then it cannot be
 * deleted), and whether it is ticked at first.
 */
public record DeleteItem(
    ResourceKey key,
    Kind kind,
    String size,
    String storageClass,
    boolean ownedByVm,
    List<ResourceKey> otherVms) {

  /** What the object is. */
  public enum Kind {
    DATA_VOLUME,
    CLAIM,
    SECRET
  }

  public DeleteItem {
    otherVms = List.copyOf(otherVms);
  }

  /** An object another VM uses is never deleted. */
  public boolean deletable() {
    return otherVms.isEmpty();
  }

  /** Ticked at first: whatever only this VM uses, as vSphere deletes a VM's disks. */
  public boolean checkedByDefault() {
    return deletable();
  }
}
