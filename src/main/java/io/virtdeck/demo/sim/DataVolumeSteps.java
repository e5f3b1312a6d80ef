package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step of a DataVolume as CDI walks it: its claim is created (Pending, owned by it) and the
 * DataVolume is ImportScheduled at 0 %; the claim then binds; the import advances by {@link
 * #PERCENT_PER_STEP} % per step while ImportInProgress; at 100 % it Succeeded. A DataVolume cloned
 * from a DataSource ({@code sourceRef}), a claim or a snapshot walks CloneScheduled and
 * CloneInProgress instead.
 */
final class DataVolumeSteps {

  static final int PERCENT_PER_STEP = 10;

  private final KubernetesClient admin;
  private final StatusWriter writer;

  DataVolumeSteps(KubernetesClient admin, StatusWriter writer) {
    this.admin = admin;
    this.writer = writer;
  }

  /** Whether the DataVolume still has steps to go. */
  static boolean importing(GenericKubernetesResource dv) {
    String phase = Api.get(dv, "status", "phase");
    return dv.getMetadata().getDeletionTimestamp() == null
        && (phase == null
            || phase.isEmpty()
            || phase.equals("Pending")
            || phase.equals("ImportScheduled")
            || phase.equals("ImportInProgress")
            || phase.equals("CloneScheduled")
            || phase.equals("CloneInProgress"));
  }

  /** Whether CDI clones the DataVolume (from a DataSource or a claim) rather than importing it. */
  static boolean cloning(GenericKubernetesResource dv) {
    return Api.get(dv, "spec", "sourceRef") != null
        || Api.get(dv, "spec", "source", "pvc") != null
        || Api.get(dv, "spec", "source", "snapshot") != null;
  }

  void advance(String ns, String name) {
    var dv = Api.op(admin, Api.DATA_VOLUME).inNamespace(ns).withName(name).get();
    if (dv == null || !importing(dv)) {
      return;
    }
    String phase = Api.get(dv, "status", "phase");
    String scheduled = cloning(dv) ? "CloneScheduled" : "ImportScheduled";
    String inProgress = cloning(dv) ? "CloneInProgress" : "ImportInProgress";
    var claim = admin.persistentVolumeClaims().inNamespace(ns).withName(name).get();
    if (claim == null) {
      createClaim(dv);
      writer.patchStatus(
          Api.DATA_VOLUME,
          ns,
          name,
          Api.map("phase", scheduled, "progress", "0.0%", "claimName", name));
      return;
    }
    if (!inProgress.equals(phase)) {
      bind(admin, ns, name);
      writer.patchStatus(
          Api.DATA_VOLUME, ns, name, Api.map("phase", inProgress, "progress", "0.0%"));
      return;
    }
    int percent = percent(Api.get(dv, "status", "progress")) + PERCENT_PER_STEP;
    writer.patchStatus(
        Api.DATA_VOLUME,
        ns,
        name,
        percent >= 100
            ? Api.map("phase", "Succeeded", "progress", "100.0%")
            : Api.map(
                "phase", inProgress, "progress", String.format(Locale.ROOT, "%d.0%%", percent)));
  }

  /** Binds the claim (or finishes its resize): status capacity becomes its request. */
  static void bind(KubernetesClient admin, String ns, String name) {
    var claim = admin.persistentVolumeClaims().inNamespace(ns).withName(name).get();
    if (claim == null || claim.getSpec().getResources() == null) {
      return;
    }
    Object request = claim.getSpec().getResources().getRequests().get("storage");
    var modes = claim.getSpec().getAccessModes();
    var status =
        Map.of(
            "phase",
            "Bound",
            "accessModes",
            modes == null || modes.isEmpty() ? List.of("ReadWriteOnce") : modes,
            "capacity",
            Map.of("storage", String.valueOf(request)));
    admin
        .persistentVolumeClaims()
        .inNamespace(ns)
        .withName(name)
        .patch(
            io.fabric8.kubernetes.client.dsl.base.PatchContext.of(
                io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
            io.fabric8.kubernetes.client.utils.Serialization.asJson(Map.of("status", status)));
  }

  private void createClaim(GenericKubernetesResource dv) {
    Map<?, ?> storage = storage(dv);
    Object size =
        storage.get("resources") instanceof Map<?, ?> r && r.get("requests") instanceof Map<?, ?> q
            ? q.get("storage")
            : "1Gi";
    List<String> modes =
        storage.get("accessModes") instanceof List<?> l && !l.isEmpty()
            ? l.stream().map(String::valueOf).toList()
            : List.of("ReadWriteOnce");
    var builder =
        new PersistentVolumeClaimBuilder()
            .withNewMetadata()
            .withNamespace(dv.getMetadata().getNamespace())
            .withName(dv.getMetadata().getName())
            .withLabels(Map.of("app", "containerized-data-importer"))
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion("cdi.kubevirt.io/v1beta1")
                    .withKind("DataVolume")
                    .withName(dv.getMetadata().getName())
                    .withUid(dv.getMetadata().getUid())
                    .withController(true)
                    .build())
            .endMetadata()
            .withNewSpec()
            .withAccessModes(modes)
            .withVolumeMode(storage.get("volumeMode") instanceof String m ? m : "Filesystem")
            .withStorageClassName(storage.get("storageClassName") instanceof String c ? c : null)
            .withNewResources()
            .withRequests(Map.of("storage", new Quantity(String.valueOf(size))))
            .endResources()
            .endSpec()
            .withNewStatus()
            .withPhase("Pending")
            .endStatus();
    admin.persistentVolumeClaims().resource(builder.build()).create();
  }

  private static Map<?, ?> storage(GenericKubernetesResource dv) {
    Map<?, ?> storage = Api.get(dv, "spec", "storage");
    if (storage == null) {
      storage = Api.get(dv, "spec", "pvc");
    }
    return storage == null ? Map.of() : storage;
  }

  private static int percent(@Nullable String progress) {
    try {
      return progress == null ? 0 : (int) Double.parseDouble(progress.replace("%", ""));
    } catch (NumberFormatException unreadable) {
      return 0;
    }
  }
}
