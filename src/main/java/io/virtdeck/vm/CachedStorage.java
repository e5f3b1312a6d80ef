package io.virtdeck.vm;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.vm.rows.StorageLookup;
import java.util.Optional;

/**
 * The claims and DataVolumes behind a VM's disks, from the shared caches, as one user may see them:
 * only in namespaces where they may list that kind. Elsewhere a disk shows what the VM says.
 */
public final class CachedStorage {

  private CachedStorage() {}

  public static StorageLookup of(ClusterCaches caches, UserScopes scopes) {
    return new StorageLookup() {
      @Override
      public Optional<PersistentVolumeClaim> claim(String namespace, String name) {
        return scopes.includes(CachedKind.PERSISTENT_VOLUME_CLAIMS, namespace)
            ? caches.persistentVolumeClaims().get(new ResourceKey(namespace, name))
            : Optional.empty();
      }

      @Override
      public Optional<DataVolume> dataVolume(String namespace, String name) {
        return scopes.includes(CachedKind.DATA_VOLUMES, namespace)
            ? caches.dataVolumes().get(new ResourceKey(namespace, name))
            : Optional.empty();
      }
    };
  }
}
