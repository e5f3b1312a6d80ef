package io.virtdeck.rvtools.read;

/**
 * A virtual disk of the source estate, from vDisk: its datastore from the [bracket] of its path.
 */
public record SourceDisk(
    String vm,
    String label,
    String datastore,
    long capacityMib,
    boolean raw,
    String sharingMode,
    String sharedBus) {

  /** Shared with other VMs: multi-writer sharing, or a controller whose bus is shared. */
  public boolean shared() {
    boolean bus = !sharedBus.isEmpty() && !"noSharing".equalsIgnoreCase(sharedBus);
    return "sharingMultiWriter".equalsIgnoreCase(sharingMode) || bus;
  }
}
