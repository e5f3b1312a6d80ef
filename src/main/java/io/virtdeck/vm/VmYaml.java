package io.virtdeck.vm;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A VM's YAML as the cache holds it (without managedFields), and its instance's identity. */
@Component
class VmYaml {

  private final ClusterCaches caches;

  VmYaml(ClusterCaches caches) {
    this.caches = caches;
  }

  String of(ResourceKey key) {
    return caches
        .virtualMachines()
        .get(key)
        .map(VmYaml::withoutManagedFields)
        .map(Serialization::asYaml)
        .orElse("");
  }

  @Nullable String instanceUid(ResourceKey key) {
    return caches
        .virtualMachineInstances()
        .get(key)
        .map(vmi -> vmi.getMetadata().getUid())
        .orElse(null);
  }

  private static VirtualMachine withoutManagedFields(VirtualMachine vm) {
    VirtualMachine copy = Serialization.clone(vm);
    copy.getMetadata().setManagedFields(null);
    return copy;
  }
}
