package io.virtdeck.cluster;

/** Health of one kind's shared informer, as shown in readiness and in the UI. */
public record CacheState(String kind, Status status, String detail) {

  /** Lifecycle of an informer-backed cache. */
  public enum Status {
    SYNCING,
    SYNCED,
    RECONNECTING,
    UNAVAILABLE
  }

  public boolean usable() {
    return status == Status.SYNCED || status == Status.RECONNECTING;
  }
}
