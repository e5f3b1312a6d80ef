package io.virtdeck.provision;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.KubectlText;
import io.virtdeck.task.Manifests;
import java.util.List;

/** The requests of provisioning and the kubectl commands that do the same, for teaching mode. */
public final class ProvisionCommands {

  static final String JSON_PATCH = "application/json-patch+json";
  static final String VMS = "/apis/kubevirt.io/v1/namespaces/%s/virtualmachines";

  private ProvisionCommands() {}

  static String vmPath(ResourceKey vm) {
    return VMS.formatted(vm.namespace()) + "/" + vm.name();
  }

  static ApiCall patchVm(ResourceKey vm, String patch) {
    return new ApiCall("PATCH", vmPath(vm), JSON_PATCH, patch);
  }

  static List<String> patchVmCommands(ResourceKey vm, String patch) {
    return List.of(KubectlText.of(patchVm(vm, patch)));
  }

  /** {@code kubectl create -f -} of a manifest, as {@link KubectlText} writes its request. */
  static String createCommand(Object manifest) {
    return "kubectl create -f - "
        + KubectlText.heredoc(Manifests.yamlOfJson(JsonPatch.json(manifest)));
  }
}
