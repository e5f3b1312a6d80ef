package io.virtdeck.capture;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.task.ApiTarget;
import io.virtdeck.task.Await;
import io.virtdeck.task.KubectlText;
import io.virtdeck.task.Manifests;
import io.virtdeck.task.ScriptStep;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Ansible module call for one request or one wait of a recorded step. */
final class AnsibleTasks {

  private static final int TIMEOUT_SECONDS = 180;

  private AnsibleTasks() {}

  static Map<String, Object> request(ScriptStep step) {
    ApiCall call = step.call();
    ApiTarget target = step.target();
    if (target.isAction()) {
      // no module sends KubeVirt's subresource actions: the same kubectl request as the script
      Map<String, Object> command = new LinkedHashMap<>();
      command.put("cmd", "kubectl replace --raw " + call.path() + " -f -");
      command.put("stdin", call.body().isEmpty() ? "{}" : call.body());
      return Map.of("ansible.builtin.command", command);
    }
    return switch (call.method()) {
      case "POST", "PUT" -> k8s("present", Map.of("definition", Manifests.read(call.body())));
      case "DELETE" -> delete(call, target);
      case "PATCH" -> patch(call, target);
      default -> throw new IllegalArgumentException("No Ansible task for " + call.method());
    };
  }

  private static Map<String, Object> delete(ApiCall call, ApiTarget target) {
    Map<String, Object> module = object(target);
    Object policy =
        call.body().isBlank() ? null : Manifests.object(call.body()).get("propagationPolicy");
    if (policy != null) {
      module.put("delete_options", Map.of("propagationPolicy", policy));
    }
    return k8s("absent", module);
  }

  private static Map<String, Object> patch(ApiCall call, ApiTarget target) {
    String type = KubectlText.patchType(call.contentType());
    if (type.equals("json")) {
      Map<String, Object> module = object(target);
      module.put("patch", Manifests.read(call.body()));
      return Map.of("kubernetes.core.k8s_json_patch", module);
    }
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("apiVersion", target.apiVersion());
    definition.put("kind", target.kind());
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", target.name());
    if (target.namespace() != null) {
      metadata.put("namespace", target.namespace());
    }
    definition.put("metadata", metadata);
    Manifests.object(call.body()).forEach((k, v) -> definition.putIfAbsent(k, v));
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("merge_type", type.equals("merge") ? "merge" : "strategic-merge");
    module.put("definition", definition);
    return k8s("patched", module);
  }

  private static Map<String, Object> k8s(String state, Map<String, Object> arguments) {
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("state", state);
    module.putAll(arguments);
    return Map.of("kubernetes.core.k8s", module);
  }

  /** api_version, kind, name and namespace of the target. */
  private static Map<String, Object> object(ApiTarget target) {
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("api_version", target.apiVersion());
    module.put("kind", target.kind());
    module.put("name", target.name());
    if (target.namespace() != null) {
      module.put("namespace", target.namespace());
    }
    return module;
  }

  static Map<String, Object> await(Await await) {
    ApiTarget object = await.object();
    boolean vmPower =
        object.kind().equals("VirtualMachine")
            && await.jsonPath().equals(".status.printableStatus")
            && (await.value().equals("Running") || await.value().equals("Stopped"));
    if (vmPower) {
      Map<String, Object> module = new LinkedHashMap<>();
      module.put("name", object.name());
      module.put("namespace", object.namespace());
      if (await.value().equals("Stopped")) {
        module.put("running", false);
      }
      module.put("wait", true);
      module.put("wait_timeout", TIMEOUT_SECONDS);
      return Map.of("kubevirt.core.kubevirt_vm_info", module);
    }
    Map<String, Object> module = object(object);
    if (await.isCondition()) {
      module.put("wait", true);
      module.put("wait_condition", Map.of("type", await.value(), "status", "True"));
      module.put("wait_timeout", TIMEOUT_SECONDS);
      return Map.of("kubernetes.core.k8s_info", module);
    }
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("kubernetes.core.k8s_info", module);
    task.put("register", "found");
    task.put(
        "until",
        "found.resources | length > 0 and (found.resources[0]%s | default('')) == '%s'"
            .formatted(await.jsonPath(), await.value()));
    task.put("retries", TIMEOUT_SECONDS / 3);
    task.put("delay", 3);
    return task;
  }
}
