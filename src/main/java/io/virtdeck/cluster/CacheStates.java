package io.virtdeck.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * How the shared caches are doing, for the shell's banners: each kind's state and when all have
 * synced. Views read this instead of {@link ClusterCaches}, whose objects are Kubernetes objects
 * and whose readers must filter by the user's scope.
 */
@Component
public class CacheStates {

  private final ClusterCaches caches;

  CacheStates(ClusterCaches caches) {
    this.caches = caches;
  }

  /** Each cached kind's state: synced, or why not. */
  public List<CacheState> states() {
    return caches.states();
  }

  /**
   * Since when contact with the cluster has been lost, now and at each change (empty: in contact).
   */
  public Flux<Optional<Instant>> contact() {
    return caches.contact();
  }

  /** Completes once the kinds the first screen needs have listed (or failed to). */
  public CompletableFuture<Void> whenFirstScreenSynced() {
    return caches.whenFirstScreenSynced();
  }

  /** Completes once every informer has listed its kind or failed to. */
  public CompletableFuture<Void> whenSynced() {
    return caches.whenSynced();
  }
}
