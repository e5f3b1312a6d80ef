package io.virtdeck.rvtools.plan;

/**
 * A source datastore, the VMs with a disk on it, the capacity its disks need (MiB), and the
 * StorageClass they go to here with what that class has free (-1 when this cluster does not say)
 * and whether everything mapped to the class fits.
 */
public record StorageMapping(
    String datastore,
    int vms,
    long neededMib,
    String storageClass,
    long classFreeMib,
    long classNeededMib) {

  /** Unknown (free not published) counts as fitting; the page says it is unknown. */
  public boolean fits() {
    return classFreeMib < 0 || classNeededMib <= classFreeMib;
  }
}
