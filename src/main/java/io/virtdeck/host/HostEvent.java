package io.virtdeck.host;

import java.time.Instant;

/**
 * One Kubernetes Event on a host's Events tab: about the Node itself, or about a migration to or
 * from it (the migration object, or its instance while it moved).
 */
public record HostEvent(
    Instant time, String type, String reason, String object, String message, String source) {

  public boolean warning() {
    return "Warning".equals(type);
  }
}
