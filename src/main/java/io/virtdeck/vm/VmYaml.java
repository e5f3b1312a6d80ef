package io.virtdeck.vm;

import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A VM's YAML as the cache holds it (without managedFields), and its instance's identity. */
@Component
public class VmYaml {

  private final ClusterCaches caches;

  public VmYaml(ClusterCaches caches) {
    this.caches = caches;
  }

  public String of(ResourceKey key) {
    return ObjectYaml.of(caches.virtualMachines().get(key));
  }

  public @Nullable String instanceUid(ResourceKey key) {
    return caches
        .virtualMachineInstances()
        .get(key)
        .map(vmi -> vmi.getMetadata().getUid())
        .orElse(null);
  }
}
