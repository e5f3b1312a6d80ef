package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which volumes of a VM a snapshot includes (those backed by a claim) and which of them cannot be
 * snapshotted because their StorageClass's driver has no VolumeSnapshotClass.
 */
final class SnapshotVolumes {

  /** One claim-backed volume: its name in the VM, the claim, and its StorageClass. */
  record Volume(
      String name, PersistentVolumeClaim claim, String storageClass, boolean snapshottable) {}

  private final KubernetesClient admin;

  SnapshotVolumes(KubernetesClient admin) {
    this.admin = admin;
  }

  List<Volume> of(GenericKubernetesResource vm) {
    String ns = vm.getMetadata().getNamespace();
    List<Map<String, Object>> volumes = Api.get(vm, "spec", "template", "spec", "volumes");
    List<Volume> result = new ArrayList<>();
    for (var volume : volumes == null ? List.<Map<String, Object>>of() : volumes) {
      String claimName = claimName(volume);
      if (claimName == null) {
        continue;
      }
      var claim = admin.persistentVolumeClaims().inNamespace(ns).withName(claimName).get();
      if (claim == null) {
        continue;
      }
      String storageClass = Objects.requireNonNullElse(claim.getSpec().getStorageClassName(), "");
      result.add(
          new Volume(
              String.valueOf(volume.get("name")),
              claim,
              storageClass,
              snapshottable(storageClass)));
    }
    return result;
  }

  /** KubeVirt's wording, naming the disk and its StorageClass, or null when all can be taken. */
  static @Nullable String problem(List<Volume> volumes) {
    return volumes.stream()
        .filter(v -> !v.snapshottable())
        .map(
            v ->
                "No VolumeSnapshotClass: volume snapshots are not configured for StorageClass %s of disk %s (claim %s)"
                    .formatted(v.storageClass(), v.name(), v.claim().getMetadata().getName()))
        .findFirst()
        .orElse(null);
  }

  private boolean snapshottable(String storageClass) {
    var sc = admin.storage().v1().storageClasses().withName(storageClass).get();
    if (sc == null) {
      return false;
    }
    return Api.op(admin, Api.VOLUME_SNAPSHOT_CLASS).list().getItems().stream()
        .anyMatch(c -> sc.getProvisioner().equals(Api.get(c, "driver")));
  }

  @SuppressWarnings("unchecked")
  private static @Nullable String claimName(Map<String, Object> volume) {
    if (volume.get("persistentVolumeClaim") instanceof Map<?, ?> pvc) {
      return (String) ((Map<String, Object>) pvc).get("claimName");
    }
    if (volume.get("dataVolume") instanceof Map<?, ?> dv) {
      return (String) ((Map<String, Object>) dv).get("name");
    }
    return null;
  }
}
