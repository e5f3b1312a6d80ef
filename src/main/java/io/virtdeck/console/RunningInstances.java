package io.virtdeck.console;

import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import org.springframework.stereotype.Component;

/** Whether a VM's instance runs, as the shared cache sees it: its console has a screen then. */
@Component
class RunningInstances {

  private final ClusterCaches caches;

  RunningInstances(ClusterCaches caches) {
    this.caches = caches;
  }

  boolean running(ResourceKey vm) {
    return caches
        .virtualMachineInstances()
        .get(vm)
        .map(vmi -> vmi.getStatus() != null && "Running".equals(vmi.getStatus().phase))
        .orElse(false);
  }
}
