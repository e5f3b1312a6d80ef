package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a VirtualMachineClone clones: a VM as it is now, or the VM kept in a ready snapshot's
 * content; with each disk's new DataVolume spec (a clone of the VM's claim, or of the snapshot's
 * volume snapshot, of the same size and StorageClass). Also why a clone cannot run.
 */
final class CloneSources {

  /** The source's metadata (labels, annotations), its VM spec and its disks by volume name. */
  record Source(
      GenericKubernetesResource metadata,
      Map<String, Object> spec,
      Map<String, Map<String, Object>> disks) {}

  private final KubernetesClient admin;

  CloneSources(KubernetesClient admin) {
    this.admin = admin;
  }

  boolean fromVm(GenericKubernetesResource clone) {
    return "VirtualMachine".equals(Api.get(clone, "spec", "source", "kind"));
  }

  /** Why the clone cannot run now; null when it can. */
  @Nullable String problem(GenericKubernetesResource clone, String target) {
    String ns = clone.getMetadata().getNamespace();
    String kind = Api.get(clone, "spec", "source", "kind");
    String name = CloneLifecycle.sourceNameOnly(clone);
    if (!"VirtualMachine".equals(kind) && !"VirtualMachineSnapshot".equals(kind)) {
      return "source kind "
          + kind
          + " cannot be cloned: only VirtualMachine and"
          + " VirtualMachineSnapshot can";
    }
    if (name == null || source(clone) == null) {
      return fromVm(clone)
          ? "source VirtualMachine " + name + " does not exist"
          : "source VirtualMachineSnapshot " + name + " does not exist or is not ready to use";
    }
    if (Api.op(admin, Api.VM).inNamespace(ns).withName(target).get() != null) {
      return "target VirtualMachine " + target + " already exists";
    }
    Source source = source(clone);
    for (String volume : source == null ? List.<String>of() : source.disks().keySet()) {
      String disk = CloneTargets.diskName(target, volume);
      if (Api.op(admin, Api.DATA_VOLUME).inNamespace(ns).withName(disk).get() != null
          || admin.persistentVolumeClaims().inNamespace(ns).withName(disk).get() != null) {
        return "the target's disk " + disk + " already exists";
      }
    }
    return null;
  }

  /** The source as it is now; null when it is missing (or a snapshot not ready to use). */
  @Nullable Source source(GenericKubernetesResource clone) {
    String ns = clone.getMetadata().getNamespace();
    String name = CloneLifecycle.sourceNameOnly(clone);
    if (name == null) {
      return null;
    }
    return fromVm(clone) ? vm(ns, name) : snapshot(ns, name);
  }

  private @Nullable Source vm(String ns, String name) {
    var vm = Api.op(admin, Api.VM).inNamespace(ns).withName(name).get();
    Map<String, Object> spec = Api.get(vm, "spec");
    if (vm == null || spec == null) {
      return null;
    }
    Map<String, Map<String, Object>> disks = new LinkedHashMap<>();
    claimDisks(ns, spec, disks);
    return new Source(vm, spec, disks);
  }

  /** Each claim-backed volume of the spec not in {@code disks} yet, as a clone of its claim. */
  @SuppressWarnings("unchecked")
  private void claimDisks(
      String ns, Map<String, Object> spec, Map<String, Map<String, Object>> disks) {
    Object volumes = nested(spec, "template", "spec").get("volumes");
    if (!(volumes instanceof List<?> list)) {
      return;
    }
    for (Object entry : list) {
      String claim = entry instanceof Map<?, ?> v ? claimOf((Map<String, Object>) v) : null;
      if (claim != null) {
        Map<String, Object> volume = (Map<String, Object>) entry;
        disks.putIfAbsent(
            String.valueOf(volume.get("name")),
            dataVolume(map("pvc", map("namespace", ns, "name", claim)), storage(ns, claim)));
      }
    }
  }

  private @Nullable Source snapshot(String ns, String name) {
    var snapshot = Api.op(admin, Api.SNAPSHOT).inNamespace(ns).withName(name).get();
    String contentName = Api.get(snapshot, "status", "virtualMachineSnapshotContentName");
    if (!Boolean.TRUE.equals(Api.get(snapshot, "status", "readyToUse")) || contentName == null) {
      return null;
    }
    var content = Api.op(admin, Api.CONTENT).inNamespace(ns).withName(contentName).get();
    Map<String, Object> vm = Api.get(content, "spec", "source", "virtualMachine");
    if (vm == null || !(vm.get("spec") instanceof Map<?, ?>)) {
      return null;
    }
    Map<String, Map<String, Object>> disks = new LinkedHashMap<>();
    List<Map<String, Object>> backups = Api.get(content, "spec", "volumeBackups");
    for (var backup : backups == null ? List.<Map<String, Object>>of() : backups) {
      Map<String, Object> claimSpec = nested(backup, "persistentVolumeClaim", "spec");
      disks.put(
          String.valueOf(backup.get("volumeName")),
          dataVolume(
              map("snapshot", map("namespace", ns, "name", backup.get("volumeSnapshotName"))),
              map(
                  "resources",
                  claimSpec.get("resources"),
                  "storageClassName",
                  claimSpec.get("storageClassName"))));
    }
    // a volume the content kept no backup of is cloned from its claim as it is now
    claimDisks(ns, nested(vm, "spec"), disks);
    return new Source(withMetadata(nested(vm, "metadata")), nested(vm, "spec"), disks);
  }

  private Map<String, Object> storage(String ns, String claim) {
    var pvc = admin.persistentVolumeClaims().inNamespace(ns).withName(claim).get();
    if (pvc == null || pvc.getSpec() == null) {
      return map();
    }
    var requests = pvc.getSpec().getResources() == null ? null : pvc.getSpec().getResources();
    return map(
        "resources",
        requests == null || requests.getRequests() == null
            ? null
            : map(
                "requests", map("storage", String.valueOf(requests.getRequests().get("storage")))),
        "storageClassName",
        pvc.getSpec().getStorageClassName());
  }

  private static Map<String, Object> dataVolume(
      Map<String, Object> source, Map<String, Object> storage) {
    return map("source", source, "storage", storage);
  }

  private static @Nullable String claimOf(Map<String, Object> volume) {
    Object claim = nested(volume, "persistentVolumeClaim").get("claimName");
    Object dataVolume = nested(volume, "dataVolume").get("name");
    return claim instanceof String c ? c : dataVolume instanceof String d ? d : null;
  }

  @SuppressWarnings("unchecked")
  private static GenericKubernetesResource withMetadata(Map<String, Object> metadata) {
    var object = new GenericKubernetesResource();
    object.setMetadata(
        new ObjectMetaBuilder()
            .withLabels((Map<String, String>) metadata.get("labels"))
            .withAnnotations((Map<String, String>) metadata.get("annotations"))
            .build());
    return object;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> nested(Map<String, Object> parent, String... path) {
    Object at = parent;
    for (String key : path) {
      at = at instanceof Map<?, ?> m ? m.get(key) : null;
    }
    return at instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
