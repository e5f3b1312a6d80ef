package io.virtdeck.cluster;

import org.springframework.stereotype.Component;

/**
 * Keeps the web server closed until the shared caches have synced, while letting the rest of
 * start-up (other beans, the management server) run during the informers' first lists: at 45,000
 * VMs those lists take seconds, and waiting for them inside the caches' constructor made start-up
 * their sum instead of the longer of the two.
 */
@Component
class CacheSyncGate extends BeforeWebServer {

  private final ClusterCaches caches;

  CacheSyncGate(ClusterCaches caches) {
    this.caches = caches;
  }

  @Override
  protected void prepare() {
    caches.awaitSync();
  }
}
