package io.virtdeck.storage;

import io.virtdeck.vm.rows.VmDisk;

/**
 * A disk of a VM for its Configure tab: the device and its volume, and, on a running VM, the phase
 * KubeVirt reports for it ({@code volumeStatus}; empty when stopped or not reported).
 */
public record VmDiskRow(VmDisk disk, String phase) {

  public String name() {
    return disk.name();
  }

  /** The claim or DataVolume behind the disk; empty for images and cloud-init. */
  public String claim() {
    return disk.sourceKind().equals("DataVolume")
            || disk.sourceKind().equals("PersistentVolumeClaim")
        ? disk.source()
        : "";
  }

  public boolean cdrom() {
    return disk.type().equals("cdrom");
  }

  /** A claim-backed disk can be detached, expanded (by its claim), and deleted once detached. */
  public boolean claimBacked() {
    return !claim().isEmpty();
  }
}
