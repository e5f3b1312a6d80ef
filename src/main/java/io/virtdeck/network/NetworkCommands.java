package io.virtdeck.network;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.KubectlText;
import java.util.List;

/** The requests the network operations send, and the kubectl commands that do the same. */
public final class NetworkCommands {

  static final String JSON_PATCH = "application/json-patch+json";
  static final String NADS =
      "/apis/k8s.cni.cncf.io/v1/namespaces/%s/network-attachment-definitions";

  private NetworkCommands() {}

  public static ApiCall createNad(NewPortGroup group) {
    return new ApiCall(
        "POST", NADS.formatted(group.namespace()), "application/json", NadManifests.json(group));
  }

  public static List<String> createNadCommands(NewPortGroup group) {
    return List.of(KubectlText.of(createNad(group)));
  }

  public static ApiCall deleteNad(ResourceKey nad) {
    return new ApiCall(
        "DELETE",
        NADS.formatted(nad.namespace()) + "/" + nad.name(),
        "application/json",
        "{\"propagationPolicy\":\"Background\"}");
  }

  public static List<String> deleteNadCommands(ResourceKey nad) {
    return List.of(KubectlText.of(deleteNad(nad)));
  }

  /** A JSON patch of a VM. */
  public static ApiCall patchVm(ResourceKey vm, String patch) {
    return new ApiCall(
        "PATCH",
        "/apis/kubevirt.io/v1/namespaces/%s/virtualmachines/%s"
            .formatted(vm.namespace(), vm.name()),
        JSON_PATCH,
        patch);
  }

  public static List<String> patchVmCommands(ResourceKey vm, String patch) {
    return List.of(KubectlText.of(patchVm(vm, patch)));
  }
}
