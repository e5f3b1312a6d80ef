package io.virtdeck.snapshot;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Await;
import io.virtdeck.task.KubectlText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The requests of the snapshot operations (create a VirtualMachineSnapshot or a
 * VirtualMachineRestore, delete a snapshot) and the kubectl commands that do the same.
 */
final class SnapshotCommands {

  static final String API = "/apis/snapshot.kubevirt.io/v1beta1/namespaces/";

  private SnapshotCommands() {}

  static Map<String, Object> snapshot(ResourceKey vm, String name, String description) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", vm.namespace());
    if (!description.isBlank()) {
      metadata.put("annotations", Map.of(SnapshotRows.DESCRIPTION_ANNOTATION, description));
    }
    return object("VirtualMachineSnapshot", metadata, Map.of("source", source(vm)));
  }

  static Map<String, Object> restore(ResourceKey vm, String snapshot, String name) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("target", source(vm));
    spec.put("virtualMachineSnapshotName", snapshot);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", vm.namespace());
    return object("VirtualMachineRestore", metadata, spec);
  }

  static ApiCall create(String namespace, String resource, Map<String, Object> object) {
    return ApiCall.post(API + namespace + "/" + resource, Serialization.asJson(object));
  }

  static ApiCall delete(ResourceKey snapshot) {
    return ApiCall.delete(
        API + snapshot.namespace() + "/virtualmachinesnapshots/" + snapshot.name());
  }

  /** {@code kubectl create -f - <<'EOF' ... EOF}, and a wait until it is done. */
  static List<String> createCommands(
      String namespace, String resource, Map<String, Object> object) {
    return List.of(
        KubectlText.of(create(namespace, resource, object)),
        KubectlText.of(created(namespace, resource, object)));
  }

  /** The created object's Ready condition: a snapshot is ready to use, a restore complete. */
  static Await created(String namespace, String resource, Map<String, Object> object) {
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata =
        (Map<String, Object>) Objects.requireNonNull(object.get("metadata"), "metadata");
    return Await.condition(API + namespace + "/" + resource + "/" + metadata.get("name"), "Ready");
  }

  static List<String> deleteCommands(ResourceKey snapshot) {
    return List.of(KubectlText.of(delete(snapshot)));
  }

  private static Map<String, Object> source(ResourceKey vm) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("apiGroup", "kubevirt.io");
    source.put("kind", "VirtualMachine");
    source.put("name", vm.name());
    return source;
  }

  private static Map<String, Object> object(
      String kind, Map<String, Object> metadata, Map<String, Object> spec) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "snapshot.kubevirt.io/v1beta1");
    object.put("kind", kind);
    object.put("metadata", metadata);
    object.put("spec", spec);
    return object;
  }
}
