package io.virtdeck.host;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Await;
import io.virtdeck.task.KubectlText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The requests of the host operations and the commands that do the same: create or delete a
 * VirtualMachineInstanceMigration, cordon or uncordon a node.
 */
final class MigrationCommands {

  static final String HOSTNAME_LABEL = "kubernetes.io/hostname";

  private static final String API = "/apis/kubevirt.io/v1/namespaces/";

  private MigrationCommands() {}

  /** The migration object; with a host, {@code spec.addedNodeSelector} pins the target. */
  static Map<String, Object> migration(ResourceKey vm, String name, @Nullable String host) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("vmiName", vm.name());
    if (host != null) {
      spec.put("addedNodeSelector", Map.of(HOSTNAME_LABEL, host));
    }
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", "kubevirt.io/v1");
    object.put("kind", "VirtualMachineInstanceMigration");
    object.put("metadata", Map.of("name", name, "namespace", vm.namespace()));
    object.put("spec", spec);
    return object;
  }

  static ApiCall create(ResourceKey vm, Map<String, Object> migration) {
    return ApiCall.post(
        API + vm.namespace() + "/virtualmachineinstancemigrations",
        Serialization.asJson(migration));
  }

  static List<String> createCommands(
      ResourceKey vm, Map<String, Object> migration, @Nullable String host) {
    String virtctl =
        "virtctl migrate %s -n %s%s"
            .formatted(
                vm.name(),
                vm.namespace(),
                host == null ? "" : " --addedNodeSelector " + HOSTNAME_LABEL + "=" + host);
    return List.of(KubectlText.of(create(vm, migration)), virtctl);
  }

  /** The migration's phase Succeeded: the VM runs on its new host. */
  static Await succeeded(ResourceKey migration) {
    return Await.field(
        API + migration.namespace() + "/virtualmachineinstancemigrations/" + migration.name(),
        ".status.phase",
        "Succeeded");
  }

  static ApiCall delete(ResourceKey migration) {
    return ApiCall.delete(
        API + migration.namespace() + "/virtualmachineinstancemigrations/" + migration.name());
  }

  static List<String> deleteCommands(ResourceKey migration) {
    return List.of(KubectlText.of(delete(migration)));
  }

  /** A JSON patch setting {@code spec.unschedulable}: what kubectl cordon / uncordon change. */
  static ApiCall cordon(String node, boolean unschedulable) {
    return new ApiCall(
        "PATCH",
        "/api/v1/nodes/" + node,
        "application/json-patch+json",
        JsonPatch.json(List.of(JsonPatch.op("add", "/spec/unschedulable", unschedulable))));
  }

  static List<String> cordonCommands(String node, boolean unschedulable) {
    return List.of((unschedulable ? "kubectl cordon " : "kubectl uncordon ") + node);
  }
}
