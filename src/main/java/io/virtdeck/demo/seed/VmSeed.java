package io.virtdeck.demo.seed;

import static io.virtdeck.demo.seed.Json.map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.demo.seed.VmCatalog.PlannedVm;
import java.util.List;
import java.util.Map;

/** Writes the planned VMs with their DataVolumes and claims. */
final class VmSeed {

  private VmSeed() {}

  /** Creates one VM, then its DataVolumes (Succeeded) and their Bound claims. */
  static void seed(KubernetesClient admin, PlannedVm vm) {
    seed(admin, vm, Map.of());
  }

  /** As {@link #seed(KubernetesClient, PlannedVm)}, the VM with {@code labels} added. */
  static void seed(KubernetesClient admin, PlannedVm vm, Map<String, String> labels) {
    var allLabels = new java.util.LinkedHashMap<>(PlannedVmSpecs.labels(vm));
    allLabels.putAll(labels);
    var object =
        Json.object(
            "VirtualMachine",
            vm.namespace(),
            vm.name(),
            allLabels,
            PlannedVmSpecs.annotations(vm),
            PlannedVmSpecs.body(vm));
    HasMetadata created;
    if (vm.running()) {
      created =
          Json.kind(admin, "VirtualMachine").inNamespace(vm.namespace()).resource(object).create();
    } else {
      created = Json.createWithStatus(admin, object, stoppedStatus());
    }
    var vmOwner = owner(created, true);
    for (var disk : PlannedVmSpecs.disks(vm)) {
      var dv =
          Json.object(
              "DataVolume",
              vm.namespace(),
              disk.dataVolume(),
              Json.strings(
                  "kubevirt.io/created-by",
                  created.getMetadata().getUid(),
                  "app",
                  vm.profile().app()),
              Json.strings("cdi.kubevirt.io/storage.usePopulator", "false"),
              map("spec", PlannedVmSpecs.dataVolumeSpec(disk)));
      dv.getMetadata().setOwnerReferences(List.of(vmOwner));
      var createdDv = Json.createWithStatus(admin, dv, dataVolumeStatus(disk.dataVolume()));
      var claim =
          StorageSeed.boundClaim(
              vm.namespace(),
              disk.dataVolume(),
              disk.size(),
              disk.storageClass(),
              Json.strings(
                  "app", "containerized-data-importer", "app.kubernetes.io/component", "storage"),
              Json.strings(
                  "cdi.kubevirt.io/storage.pod.phase", "Succeeded",
                  "cdi.kubevirt.io/storage.condition.running", "false",
                  "cdi.kubevirt.io/storage.import.endpoint", disk.url() == null ? "" : disk.url()));
      claim.getMetadata().setOwnerReferences(List.of(owner(createdDv, true)));
      admin.persistentVolumeClaims().resource(claim).create();
    }
  }

  private static OwnerReference owner(HasMetadata owner, boolean controller) {
    return new OwnerReferenceBuilder()
        .withApiVersion(owner.getApiVersion())
        .withKind(owner.getKind())
        .withName(owner.getMetadata().getName())
        .withUid(owner.getMetadata().getUid())
        .withController(controller)
        .withBlockOwnerDeletion(true)
        .build();
  }

  static Map<String, Object> stoppedStatus() {
    return map(
        "printableStatus",
        "Stopped",
        "ready",
        false,
        "created",
        false,
        "conditions",
        List.of(
            map(
                "type",
                "Ready",
                "status",
                "False",
                "reason",
                "VMINotExists",
                "message",
                "VMI does not exist",
                "lastTransitionTime",
                NodeSeed.CREATED)));
  }

  private static Map<String, Object> dataVolumeStatus(String claimName) {
    return map(
        "phase",
        "Succeeded",
        "progress",
        "100.0%",
        "claimName",
        claimName,
        "conditions",
        List.of(
            condition("Bound", "True", "Bound", "PVC " + claimName + " Bound"),
            condition("Ready", "True", "", ""),
            condition("Running", "False", "Completed", "Import Complete")));
  }

  private static Map<String, Object> condition(
      String type, String status, String reason, String message) {
    return map(
        "type",
        type,
        "status",
        status,
        "reason",
        reason,
        "message",
        message,
        "lastTransitionTime",
        NodeSeed.CREATED,
        "lastHeartbeatTime",
        NodeSeed.CREATED);
  }
}
