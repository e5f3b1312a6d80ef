package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code LiveMigratable} condition virt-controller sets on a running VMI: False with reason
 * {@code DisksNotLiveMigratable} when one of its claims is not shared (not ReadWriteMany), with
 * KubeVirt's own message.
 */
final class Migratability {

  static final String NOT_MIGRATABLE = "DisksNotLiveMigratable";

  private Migratability() {}

  static Map<String, Object> condition(
      KubernetesClient admin, GenericKubernetesResource vmi, Instant now) {
    String unshared = unsharedClaim(admin, vmi);
    if (unshared == null) {
      return Statuses.condition("LiveMigratable", "True", "", "", now);
    }
    return Statuses.condition(
        "LiveMigratable",
        "False",
        NOT_MIGRATABLE,
        "cannot migrate VMI: PVC "
            + unshared
            + " is not shared, live migration requires that all PVCs must be shared (using"
            + " ReadWriteMany access mode)",
        now);
  }

  private static @Nullable String unsharedClaim(
      KubernetesClient admin, GenericKubernetesResource vmi) {
    List<Map<String, Object>> volumes = Api.get(vmi, "spec", "volumes");
    if (volumes == null) {
      return null;
    }
    String namespace = vmi.getMetadata().getNamespace();
    for (Map<String, Object> volume : volumes) {
      String claim = claimName(volume);
      if (claim == null) {
        continue;
      }
      PersistentVolumeClaim pvc =
          admin.persistentVolumeClaims().inNamespace(namespace).withName(claim).get();
      if (pvc != null
          && pvc.getSpec() != null
          && pvc.getSpec().getAccessModes() != null
          && !pvc.getSpec().getAccessModes().contains("ReadWriteMany")) {
        return claim;
      }
    }
    return null;
  }

  private static @Nullable String claimName(Map<String, Object> volume) {
    if (volume.get("persistentVolumeClaim") instanceof Map<?, ?> pvc
        && pvc.get("claimName") instanceof String name) {
      return name;
    }
    if (volume.get("dataVolume") instanceof Map<?, ?> dv && dv.get("name") instanceof String name) {
      return name;
    }
    return null;
  }
}
