package io.virtdeck.rvtools.plan;

/** Whether a VM can move: as it is, after some work, or not until what blocks it is gone. */
public enum Readiness {
  READY,
  NEEDS_WORK,
  BLOCKED;

  public Readiness worst(Readiness other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public String labelKey() {
    return "rvtools.readiness." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
