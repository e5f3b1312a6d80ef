package io.virtdeck.provision;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.KubectlText;
import java.util.List;

/** The paths and commands of Delete from Disk's requests. */
final class DeleteCommands {

  /** The body of a delete whose dependents the garbage collector deletes in the background. */
  static final String BACKGROUND =
      "{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"Background\"}";

  private DeleteCommands() {}

  static String path(ResourceKey key, String kind) {
    String ns = key.namespace();
    return switch (kind) {
          case "VirtualMachine" -> ProvisionCommands.VMS.formatted(ns);
          case "DataVolume" ->
              "/apis/cdi.kubevirt.io/v1beta1/namespaces/%s/datavolumes".formatted(ns);
          case "PersistentVolumeClaim" ->
              "/api/v1/namespaces/%s/persistentvolumeclaims".formatted(ns);
          case "Secret" -> "/api/v1/namespaces/%s/secrets".formatted(ns);
          default -> throw new IllegalArgumentException("Not deleted from disk: " + kind);
        }
        + "/"
        + key.name();
  }

  static ApiCall delete(ResourceKey key, String kind) {
    return new ApiCall("DELETE", path(key, kind), "application/json", BACKGROUND);
  }

  /** The kubectl command of {@link #delete}: the text scripts and teaching mode share. */
  static List<String> commands(ResourceKey key, String kind) {
    return List.of(KubectlText.of(delete(key, kind)));
  }
}
