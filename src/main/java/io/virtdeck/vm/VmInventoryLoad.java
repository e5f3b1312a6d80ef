package io.virtdeck.vm;

import io.virtdeck.cluster.BeforeReady;
import io.virtdeck.cluster.ClusterCaches;
import org.springframework.stereotype.Component;

/**
 * Makes sure the VM inventory has loaded before the application is ready: it loads as soon as the
 * VMs and instances have synced, or at the latest once every cache has synced (or their sync timed
 * out). The grid then shows every VM, not the part the inventory had caught up with; a view opened
 * earlier says it is loading and is told when the load is done.
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
    inventory.load(); // at the latest now, when a first-screen kind failed to list in time
    inventory.awaitLoaded();
  }
}
