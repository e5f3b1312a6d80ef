package io.virtdeck.vm;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.task.TaskService;
import io.virtdeck.vm.power.VmOperations;

/** Builds the VM services by hand for integration tests of features that use them. */
public final class VmServices {

  private VmServices() {}

  public static VmOperations operations(
      VmInventory inventory, ClusterCaches caches, AccessReviews reviews, TaskService tasks) {
    return new VmOperations(inventory, new VmYaml(caches), reviews, tasks);
  }
}
