package io.virtdeck.vm;

import java.time.Instant;

/** One Kubernetes Event about a VM or its instance, as the Monitor tab lists it. */
public record VmEvent(
    Instant time, String type, String reason, String objectKind, String message, String source) {

  public boolean warning() {
    return "Warning".equals(type);
  }
}
