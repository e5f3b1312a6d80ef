package io.virtdeck.host;

/**
 * A host's state in vSphere's words: connected (Ready), not responding (NotReady or Unknown), in
 * maintenance (cordoned, no VMs left) or entering maintenance (cordoned, VMs still on it).
 */
public enum HostState {
  CONNECTED,
  NOT_RESPONDING,
  MAINTENANCE,
  ENTERING_MAINTENANCE;

  public String key() {
    return "host.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
