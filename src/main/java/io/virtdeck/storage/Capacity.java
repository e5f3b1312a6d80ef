package io.virtdeck.storage;

/** The numbers of a datastore, each with its source. */
public record Capacity(Amount capacity, Amount provisioned, Amount used, Amount free) {

  /** The used share of the capacity for a bar, 0..1; -1 when the capacity is unknown. */
  public double usedFraction() {
    if (!capacity.known() || capacity.bytes() == 0 || !used.known()) {
      return -1;
    }
    return Math.min(1.0, (double) used.bytes() / capacity.bytes());
  }
}
