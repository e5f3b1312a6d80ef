package io.virtdeck.host;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.task.TaskService;
import io.virtdeck.vm.power.VmOperations;
import java.time.Clock;

/** The host operations wired by hand, for integration tests of other packages. */
public final class HostServices {

  private HostServices() {}

  public static HostOperations operations(
      ClusterCaches caches, AccessReviews reviews, TaskService tasks, VmOperations vms) {
    return new HostOperations(
        new HostInventory(caches, reviews), reviews, tasks, vms, Clock.systemUTC());
  }
}
