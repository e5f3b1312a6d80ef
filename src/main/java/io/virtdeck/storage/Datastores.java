package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.virtdeck.cluster.model.DataVolume;
import java.util.List;

/** Pure translation of a StorageClass and what is on it into a {@link Datastore}. */
public final class Datastores {

  private Datastores() {}

  /** Everything the translation reads, as lists from the caches. */
  public record Inputs(
      List<StorageClass> classes,
      List<GenericKubernetesResource> snapshotClasses,
      List<CSIStorageCapacity> capacities,
      List<PersistentVolume> volumes,
      List<PersistentVolumeClaim> claims,
      List<DataVolume> dataVolumes) {

    public String defaultClass() {
      return StorageClasses.defaultOf(classes);
    }
  }

  public static Datastore read(StorageClass storageClass, Inputs in) {
    String name = storageClass.getMetadata().getName();
    String provisioner = StorageClasses.orEmpty(storageClass.getProvisioner());
    return new Datastore(
        name,
        StorageClasses.isDefault(storageClass),
        provisioner,
        storageClass.getReclaimPolicy() == null ? "Delete" : storageClass.getReclaimPolicy(),
        storageClass.getVolumeBindingMode() == null
            ? "Immediate"
            : storageClass.getVolumeBindingMode(),
        Boolean.TRUE.equals(storageClass.getAllowVolumeExpansion()),
        snapshotClass(provisioner, in.snapshotClasses()),
        CapacityMath.of(
            name, in.defaultClass(), in.capacities(), in.volumes(), in.claims(), in.dataVolumes()));
  }

  /** The VolumeSnapshotClass for the driver (the default one first); empty when none. */
  static String snapshotClass(String driver, List<GenericKubernetesResource> snapshotClasses) {
    return snapshotClasses.stream()
        .filter(c -> driver.equals(c.getAdditionalProperties().get("driver")))
        .sorted(
            java.util.Comparator.comparing(
                (GenericKubernetesResource c) -> !isDefaultSnapshotClass(c)))
        .map(c -> c.getMetadata().getName())
        .findFirst()
        .orElse("");
  }

  private static boolean isDefaultSnapshotClass(GenericKubernetesResource c) {
    var annotations = c.getMetadata().getAnnotations();
    return annotations != null
        && "true".equals(annotations.get("snapshot.storage.kubernetes.io/is-default-class"));
  }
}
