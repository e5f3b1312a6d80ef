package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.model.DataVolume;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reading sizes and modes out of claims and DataVolumes. */
final class Claims {

  private Claims() {}

  static @Nullable Object request(PersistentVolumeClaim claim) {
    var resources = claim.getSpec() == null ? null : claim.getSpec().getResources();
    return resources == null || resources.getRequests() == null
        ? null
        : resources.getRequests().get("storage");
  }

  /** The size a claim has: its status capacity once bound, else its request. */
  static String size(PersistentVolumeClaim claim) {
    var capacity = claim.getStatus() == null ? null : claim.getStatus().getCapacity();
    Object size = capacity == null ? null : capacity.get("storage");
    if (size == null) {
      size = request(claim);
    }
    return size == null ? "" : size.toString();
  }

  static DataVolume.@Nullable Storage storage(DataVolume dataVolume) {
    DataVolume.Spec spec = dataVolume.getSpec();
    if (spec == null) {
      return null;
    }
    return spec.storage != null ? spec.storage : spec.pvc;
  }

  static @Nullable Object request(DataVolume dataVolume) {
    DataVolume.Storage storage = storage(dataVolume);
    return storage == null || storage.resources == null || storage.resources.requests == null
        ? null
        : storage.resources.requests.get("storage");
  }

  static List<String> accessModes(PersistentVolumeClaim claim) {
    var modes = claim.getSpec() == null ? null : claim.getSpec().getAccessModes();
    return modes == null ? List.of() : List.copyOf(modes);
  }
}
