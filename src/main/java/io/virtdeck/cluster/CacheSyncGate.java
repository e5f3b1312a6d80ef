package io.virtdeck.cluster;

import org.springframework.stereotype.Component;

/**
 * Keeps the application not ready until the shared caches have synced, while the rest of start-up
 * (other beans, the web and management servers) runs during the informers' first lists: on a large
 * cluster those lists take long, and waiting for them inside the caches' constructor would make
 * start-up their sum instead of the longer of the two. Views opened meanwhile say that they are
 * loading.
 */
@Component
class CacheSyncGate extends BeforeReady {

  private final ClusterCaches caches;

  CacheSyncGate(ClusterCaches caches) {
    this.caches = caches;
  }

  @Override
  protected void prepare() {
    caches.awaitSync();
  }
}
