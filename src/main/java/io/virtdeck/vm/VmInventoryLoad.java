package io.virtdeck.vm;

import io.virtdeck.cluster.BeforeReady;
import io.virtdeck.cluster.ClusterCaches;
import org.springframework.stereotype.Component;

/**
 * Loads the VM inventory once the caches have synced (or their sync timed out), before the
 * application is ready: the grid then shows every VM, not the part the inventory had caught up
 * with; a view opened earlier says it is loading and is told when the load is done.
 */
@Component
class VmInventoryLoad extends BeforeReady {

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
