package io.virtdeck.demo.seed;

import static io.virtdeck.demo.seed.Json.map;

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
      var uid =
          Json.kind(admin, "VirtualMachine")
              .inNamespace(vm.namespace())
              .withName(vm.name())
              .get()
              .getMetadata()
              .getUid();
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
        count++;
      }
    }
    return count;
  }
}
