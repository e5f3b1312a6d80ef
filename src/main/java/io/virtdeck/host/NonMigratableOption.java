package io.virtdeck.host;

/** What maintenance mode does with a VM that cannot live-migrate. */
public enum NonMigratableOption {
  /** Ask the guest to shut down (KubeVirt's {@code stop}). */
  SHUT_DOWN,
  /** Power off at once (stop with grace period 0). */
  POWER_OFF,
  /** Leave it running; the host stays "entering maintenance" until someone moves or stops it. */
  LEAVE_AND_WAIT;

  public String key() {
    return "host.option." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
