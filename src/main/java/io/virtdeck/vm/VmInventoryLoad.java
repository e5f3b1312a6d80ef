package io.virtdeck.vm;

import io.virtdeck.cluster.BeforeWebServer;
import io.virtdeck.cluster.ClusterCaches;
import org.springframework.stereotype.Component;

/**
 * Loads the VM inventory once the caches have synced (or their sync timed out), before the web
 * server opens: the first screen shows every VM, not the part the inventory had caught up with.
 */
@Component
class VmInventoryLoad extends BeforeWebServer {

  private final ClusterCaches caches;
  private final VmInventory inventory;

  VmInventoryLoad(ClusterCaches caches, VmInventory inventory) {
    this.caches = caches;
    this.inventory = inventory;
  }

  @Override
  protected void prepare() {
    caches.awaitSync();
    inventory.load();
  }
}
