package io.virtdeck.storage;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Await;
import io.virtdeck.task.KubectlText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The requests the disk operations send, and the kubectl/virtctl commands that do the same. */
public final class StorageCommands {

  static final String JSON_PATCH = "application/json-patch+json";
  static final String CLAIMS = "/api/v1/namespaces/%s/persistentvolumeclaims";
  static final String DATA_VOLUMES = "/apis/cdi.kubevirt.io/v1beta1/namespaces/%s/datavolumes";
  static final String VMS = "/apis/kubevirt.io/v1/namespaces/%s/virtualmachines/%s";
  static final String SUBRESOURCE =
      "/apis/subresources.kubevirt.io/v1/namespaces/%s/virtualmachines/%s/%s";

  private StorageCommands() {}

  /** A blank DataVolume (with CDI) or a plain claim (without) for a new disk. */
  static Map<String, Object> manifest(String namespace, NewDisk disk, boolean cdi) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", disk.name());
    metadata.put("namespace", namespace);
    Map<String, Object> storage = new LinkedHashMap<>();
    if (!cdi) {
      storage.put("accessModes", List.of("ReadWriteOnce"));
    }
    storage.put("storageClassName", disk.storageClass());
    storage.put("resources", Map.of("requests", Map.of("storage", disk.size().trim())));
    Map<String, Object> manifest = new LinkedHashMap<>();
    if (cdi) {
      manifest.put("apiVersion", "cdi.kubevirt.io/v1beta1");
      manifest.put("kind", "DataVolume");
      manifest.put("metadata", metadata);
      Map<String, Object> spec = new LinkedHashMap<>();
      spec.put("source", Map.of("blank", Map.of()));
      spec.put("storage", storage);
      manifest.put("spec", spec);
    } else {
      manifest.put("apiVersion", "v1");
      manifest.put("kind", "PersistentVolumeClaim");
      manifest.put("metadata", metadata);
      manifest.put("spec", storage);
    }
    return manifest;
  }

  static ApiCall create(String namespace, NewDisk disk, boolean cdi) {
    return ApiCall.post(
        (cdi ? DATA_VOLUMES : CLAIMS).formatted(namespace),
        DiskPatches.json(manifest(namespace, disk, cdi)));
  }

  static List<String> createCommands(String namespace, NewDisk disk, boolean cdi) {
    return List.of(KubectlText.of(create(namespace, disk, cdi)));
  }

  /** Until the new disk is usable: a DataVolume's import has succeeded, a claim is bound. */
  static Await created(ResourceKey disk, boolean cdi) {
    return Await.field(
        (cdi ? DATA_VOLUMES : CLAIMS).formatted(disk.namespace()) + "/" + disk.name(),
        ".status.phase",
        cdi ? "Succeeded" : "Bound");
  }

  static ApiCall patchVm(ResourceKey vm, String patch) {
    return new ApiCall("PATCH", VMS.formatted(vm.namespace(), vm.name()), JSON_PATCH, patch);
  }

  static List<String> patchVmCommands(ResourceKey vm, String patch) {
    return List.of(KubectlText.of(patchVm(vm, patch)));
  }

  static ApiCall subresource(ResourceKey vm, String action, String body) {
    return ApiCall.put(SUBRESOURCE.formatted(vm.namespace(), vm.name(), action), body);
  }

  static List<String> addVolumeCommands(ResourceKey vm, String claim, boolean dv, String bus) {
    return List.of(
        "virtctl addvolume %s -n %s --volume-name=%s --persist --bus=%s"
            .formatted(vm.name(), vm.namespace(), claim, bus),
        KubectlText.of(subresource(vm, "addvolume", DiskPatches.addVolume(claim, dv, bus))));
  }

  static List<String> removeVolumeCommands(ResourceKey vm, String volume) {
    return List.of(
        "virtctl removevolume %s -n %s --volume-name=%s --persist"
            .formatted(vm.name(), vm.namespace(), volume),
        KubectlText.of(subresource(vm, "removevolume", DiskPatches.removeVolume(volume))));
  }

  static String resizePatch(String size) {
    return DiskPatches.json(
        Map.of("spec", Map.of("resources", Map.of("requests", Map.of("storage", size.trim())))));
  }

  static ApiCall expand(ResourceKey claim, String size) {
    return ApiCall.mergePatch(
        CLAIMS.formatted(claim.namespace()) + "/" + claim.name(), resizePatch(size));
  }

  static List<String> expandCommands(ResourceKey claim, String size) {
    return List.of(KubectlText.of(expand(claim, size)));
  }

  static ApiCall delete(ResourceKey disk, boolean dataVolume) {
    return ApiCall.delete(
        (dataVolume ? DATA_VOLUMES : CLAIMS).formatted(disk.namespace()) + "/" + disk.name());
  }

  static List<String> deleteCommands(ResourceKey disk, boolean dataVolume) {
    return List.of(KubectlText.of(delete(disk, dataVolume)));
  }
}
