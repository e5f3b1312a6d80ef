package io.virtdeck.network;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;

/** The YAML of a VM or a port group as the cache holds it, without managedFields. */
final class Yamls {

  private Yamls() {}

  static String vm(ClusterCaches caches, ResourceKey key) {
    return caches.virtualMachines().get(key).map(Yamls::yaml).orElse("");
  }

  static String nad(ClusterCaches caches, ResourceKey key) {
    return caches.networkAttachmentDefinitions().get(key).map(Yamls::yaml).orElse("");
  }

  private static String yaml(HasMetadata object) {
    HasMetadata copy = Serialization.clone(object);
    copy.getMetadata().setManagedFields(null);
    return Serialization.asYaml(copy);
  }
}
