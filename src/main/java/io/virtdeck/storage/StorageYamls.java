package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;

/** The YAML of a VM, claim or DataVolume as the cache holds it, without managedFields. */
final class StorageYamls {

  private StorageYamls() {}

  static String vm(ClusterCaches caches, ResourceKey key) {
    return caches.virtualMachines().get(key).map(StorageYamls::yaml).orElse("");
  }

  static String disk(ClusterCaches caches, ResourceKey key, boolean dataVolume) {
    return dataVolume
        ? caches.dataVolumes().get(key).map(StorageYamls::yaml).orElse("")
        : caches.persistentVolumeClaims().get(key).map(StorageYamls::yaml).orElse("");
  }

  private static String yaml(HasMetadata object) {
    HasMetadata copy = Serialization.clone(object);
    copy.getMetadata().setManagedFields(null);
    return Serialization.asYaml(copy);
  }
}
