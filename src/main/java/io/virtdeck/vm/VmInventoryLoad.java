package io.virtdeck.vm;

import io.virtdeck.cluster.ClusterCaches;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the VM inventory once the caches have synced (or their sync timed out), before the web
 * server opens: the first screen shows every VM, not the part the inventory had caught up with.
 */
@Component
class VmInventoryLoad implements SmartLifecycle {

  private final ClusterCaches caches;
  private final VmInventory inventory;
  private volatile boolean running;

  VmInventoryLoad(ClusterCaches caches, VmInventory inventory) {
    this.caches = caches;
    this.inventory = inventory;
  }

  @Override
  public void start() {
    caches.awaitSync();
    inventory.load();
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

  /** Just before the web server starts, with the cache sync gate. */
  @Override
  public int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
  }
}
