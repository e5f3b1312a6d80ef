package io.virtdeck.storage;

import java.util.List;

/** A new blank disk: its name (also the claim's), size quantity, datastore and bus. */
public record NewDisk(String name, String size, String storageClass, String bus) {

  /** The buses a disk can be hot-plugged on (and the usual ones for a stopped VM). */
  public static final List<String> BUSES = List.of("virtio", "scsi", "sata");
}
