package io.virtdeck.storage;

import java.util.List;

/**
 * A new blank disk: its name (also the claim's), size quantity, datastore and bus; {@code
 * largeConfirmed} when the user confirmed a size above {@link DiskSizes#CONFIRM_ABOVE}.
 */
public record NewDisk(
    String name, String size, String storageClass, String bus, boolean largeConfirmed) {

  /** A disk whose size, if large, is not confirmed. */
  public NewDisk(String name, String size, String storageClass, String bus) {
    this(name, size, storageClass, bus, false);
  }

  /** The buses a disk can be hot-plugged on (and the usual ones for a stopped VM). */
  public static final List<String> BUSES = List.of("virtio", "scsi", "sata");
}
