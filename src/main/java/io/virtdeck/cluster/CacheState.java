package io.virtdeck.cluster;

/**
 * Health of one kind's shared informer, as shown in readiness and in the UI: why a kind is
 * unavailable is a {@link Reason} the UI can translate; {@code detail} is for logs and health.
 */
public record CacheState(String kind, Status status, Reason reason, String detail) {

  /** Lifecycle of an informer-backed cache. */
  public enum Status {
    SYNCING,
    SYNCED,
    RECONNECTING,
    UNAVAILABLE
  }

  /** Why a kind cannot be listed. */
  public enum Reason {
    NONE,
    NOT_INSTALLED,
    FORBIDDEN,
    OTHER
  }

  public CacheState(String kind, Status status, String detail) {
    this(kind, status, Reason.NONE, detail);
  }

  public boolean usable() {
    return status == Status.SYNCED || status == Status.RECONNECTING;
  }
}
