package io.virtdeck.vm.rows;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.model.DataVolume;
import java.util.Optional;

/** How the disk translation finds the claims and DataVolumes behind a VM's volumes. */
public interface StorageLookup {

  Optional<PersistentVolumeClaim> claim(String namespace, String name);

  Optional<DataVolume> dataVolume(String namespace, String name);
}
