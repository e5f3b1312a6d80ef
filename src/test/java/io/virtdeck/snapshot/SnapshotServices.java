package io.virtdeck.snapshot;

import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.task.TaskService;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import java.time.Clock;

/** The snapshot operations wired by hand, for integration tests of other packages. */
public final class SnapshotServices {

  private SnapshotServices() {}

  /** The snapshot queries the views run. */
  public static Snapshots snapshots(
      ClusterCaches caches, VmInventory inventory, io.virtdeck.cluster.AccessReviews reviews) {
    return new Snapshots(new SnapshotStore(caches, inventory), caches, inventory, reviews);
  }

  public static SnapshotOperations operations(
      ClusterCaches caches, VmInventory inventory, TaskService tasks, VmOperations vms) {
    return new SnapshotOperations(
        new SnapshotStore(caches, inventory), tasks, vms, Clock.systemUTC());
  }
}
