package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacity;
import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.model.DataVolume;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The capacity of one datastore, pure: free space from the CSIStorageCapacity objects the driver
 * publishes (summed over its topology segments), used from the bound PersistentVolumes (or, where
 * none is visible, the bound claims), capacity = free + used where free is known, provisioned = the
 * requests of its claims plus DataVolumes whose claim does not exist yet.
 */
public final class CapacityMath {

  private CapacityMath() {}

  public static Capacity of(
      String storageClass,
      String defaultClass,
      List<CSIStorageCapacity> capacities,
      List<PersistentVolume> volumes,
      List<PersistentVolumeClaim> claims,
      List<DataVolume> dataVolumes) {
    List<CSIStorageCapacity> published =
        capacities.stream()
            .filter(c -> storageClass.equals(c.getStorageClassName()))
            .filter(c -> c.getCapacity() != null)
            .toList();
    Amount free =
        published.isEmpty()
            ? Amount.UNKNOWN
            : new Amount(
                published.stream().mapToLong(c -> positive(c.getCapacity())).sum(),
                CapacitySource.CSI_STORAGE_CAPACITY);
    List<PersistentVolumeClaim> ofClass =
        claims.stream()
            .filter(c -> storageClass.equals(StorageClasses.of(c, defaultClass)))
            .toList();
    Amount used = used(storageClass, volumes, ofClass);
    Amount capacity =
        free.known()
            ? new Amount(free.bytes() + used.bytes(), CapacitySource.CSI_PLUS_VOLUMES)
            : Amount.UNKNOWN;
    return new Capacity(
        capacity, provisioned(storageClass, defaultClass, ofClass, dataVolumes), used, free);
  }

  private static Amount used(
      String storageClass, List<PersistentVolume> volumes, List<PersistentVolumeClaim> ofClass) {
    List<PersistentVolume> bound =
        volumes.stream()
            .filter(v -> v.getSpec() != null)
            .filter(v -> storageClass.equals(v.getSpec().getStorageClassName()))
            .filter(v -> v.getStatus() != null && "Bound".equals(v.getStatus().getPhase()))
            .toList();
    if (!bound.isEmpty()) {
      return new Amount(
          bound.stream()
              .mapToLong(
                  v ->
                      v.getSpec().getCapacity() == null
                          ? 0
                          : positive(v.getSpec().getCapacity().get("storage")))
              .sum(),
          CapacitySource.PERSISTENT_VOLUMES);
    }
    return new Amount(
        ofClass.stream()
            .filter(c -> c.getStatus() != null && "Bound".equals(c.getStatus().getPhase()))
            .mapToLong(
                c ->
                    c.getStatus().getCapacity() == null
                        ? positive(Claims.request(c))
                        : positive(c.getStatus().getCapacity().get("storage")))
            .sum(),
        CapacitySource.BOUND_CLAIMS);
  }

  private static Amount provisioned(
      String storageClass,
      String defaultClass,
      List<PersistentVolumeClaim> ofClass,
      List<DataVolume> dataVolumes) {
    Set<String> claimKeys =
        ofClass.stream()
            .map(c -> c.getMetadata().getNamespace() + "/" + c.getMetadata().getName())
            .collect(Collectors.toSet());
    long claims = ofClass.stream().mapToLong(c -> positive(Claims.request(c))).sum();
    long pending =
        dataVolumes.stream()
            .filter(dv -> storageClass.equals(StorageClasses.of(dv, defaultClass)))
            .filter(
                dv ->
                    !claimKeys.contains(
                        dv.getMetadata().getNamespace() + "/" + dv.getMetadata().getName()))
            .mapToLong(dv -> positive(Claims.request(dv)))
            .sum();
    return new Amount(claims + pending, CapacitySource.CLAIM_REQUESTS);
  }

  private static long positive(@org.jspecify.annotations.Nullable Object quantity) {
    return Math.max(0, KubeValues.bytesOrUnknown(quantity));
  }
}
