package io.virtdeck.demo.seed;

import static io.virtdeck.demo.seed.Json.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.demo.seed.VmCatalog.PlannedVm;
import java.util.List;

/** A few ready VirtualMachineSnapshots of running Linux VMs. */
final class SnapshotSeed {

  static final List<String> SNAPSHOTS = List.of("before-upgrade", "nightly-2025-06-30");

  private SnapshotSeed() {}

  /** Snapshots for up to three planned VMs: two for the first, one for each of the others. */
  static int seed(KubernetesClient admin, List<PlannedVm> plan) {
    var sources =
        plan.stream()
            .filter(vm -> vm.index() > 0 && vm.running() && !vm.profile().os().windows())
            .limit(3)
            .toList();
    int count = 0;
    for (int i = 0; i < sources.size(); i++) {
      var vm = sources.get(i);
      var source =
          Json.kind(admin, "VirtualMachine").inNamespace(vm.namespace()).withName(vm.name()).get();
      var uid = source.getMetadata().getUid();
      for (var suffix : i == 0 ? SNAPSHOTS : SNAPSHOTS.subList(0, 1)) {
        var name = vm.name() + "-" + suffix;
        var time =
            suffix.equals("before-upgrade") ? "2025-06-12T21:15:03Z" : "2025-06-30T02:00:07Z";
        var snapshot =
            Json.object(
                "VirtualMachineSnapshot",
                vm.namespace(),
                name,
                Json.strings("app", vm.profile().app()),
                Json.strings("virtdeck.io/notes", "Snapshot " + suffix + " of " + vm.name()),
                map(
                    "spec",
                    map(
                        "source",
                        map(
                            "apiGroup",
                            "kubevirt.io",
                            "kind",
                            "VirtualMachine",
                            "name",
                            vm.name()))));
        var status =
            map(
                "phase",
                "Succeeded",
                "readyToUse",
                true,
                "creationTime",
                time,
                "sourceUID",
                uid,
                "indications",
                List.of("Online", "GuestAgent"),
                "snapshotVolumes",
                map("includedVolumes", List.of("rootdisk")),
                "virtualMachineSnapshotContentName",
                "vmsnapshot-content-" + name,
                "conditions",
                List.of(
                    map(
                        "type",
                        "Ready",
                        "status",
                        "True",
                        "reason",
                        "Operation complete",
                        "lastTransitionTime",
                        time),
                    map(
                        "type",
                        "Progressing",
                        "status",
                        "False",
                        "reason",
                        "Operation complete",
                        "lastTransitionTime",
                        time)));
        Json.createWithStatus(admin, snapshot, status);
        content(admin, source, name, time);
        count++;
      }
    }
    return count;
  }

  /** The content KubeVirt keeps for a snapshot: the VM's spec as it was. */
  private static void content(
      KubernetesClient admin, GenericKubernetesResource vm, String snapshot, String time) {
    var meta = vm.getMetadata();
    var content =
        Json.object(
            "VirtualMachineSnapshotContent",
            meta.getNamespace(),
            "vmsnapshot-content-" + snapshot,
            Json.strings(),
            Json.strings(),
            map(
                "spec",
                map(
                    "source",
                    map(
                        "virtualMachine",
                        map(
                            "metadata",
                            map("name", meta.getName(), "namespace", meta.getNamespace()),
                            "spec",
                            vm.get("spec"))),
                    "virtualMachineSnapshotName",
                    snapshot,
                    "volumeBackups",
                    List.of())));
    Json.createWithStatus(admin, content, map("readyToUse", true, "creationTime", time));
  }
}
