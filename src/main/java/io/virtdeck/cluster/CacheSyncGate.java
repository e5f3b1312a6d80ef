package io.virtdeck.cluster;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps the web server closed until the shared caches have synced, while letting the rest of
 * start-up (other beans, the management server) run during the informers' first lists: at 45,000
 * VMs those lists take seconds, and waiting for them inside the caches' constructor made start-up
 * their sum instead of the longer of the two.
 */
@Component
class CacheSyncGate implements SmartLifecycle {

  private final ClusterCaches caches;
  private volatile boolean running;

  CacheSyncGate(ClusterCaches caches) {
    this.caches = caches;
  }

  @Override
  public void start() {
    caches.awaitSync();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Just before the web server starts. */
  @Override
  public int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
  }
}
