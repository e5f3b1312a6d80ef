package io.virtdeck.storage;

import java.util.Locale;

/** Where a datastore number comes from, so that the view can say it. */
public enum CapacitySource {
  /** CSIStorageCapacity objects the CSI driver publishes (free space). */
  CSI_STORAGE_CAPACITY,
  /** Free space reported by the driver plus the bound volumes. */
  CSI_PLUS_VOLUMES,
  /** The sizes of the bound PersistentVolumes of the class. */
  PERSISTENT_VOLUMES,
  /** The sizes of the bound claims (no PersistentVolume visible). */
  BOUND_CLAIMS,
  /** The requests of all claims and DataVolumes of the class. */
  CLAIM_REQUESTS,
  /** Not known: the driver publishes no capacity. */
  UNKNOWN;

  /** i18n key of the sentence naming the source. */
  public String labelKey() {
    return "storage.source." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
