package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The simulated snapshot controller: a new VirtualMachineSnapshot goes InProgress (with its
 * indications: Online, GuestAgent or NoGuestAgent), then, one phase later, either Succeeded and
 * ready to use with a VirtualMachineSnapshotContent holding the VM's spec and its volume backups,
 * or Failed with the reason (a disk whose StorageClass has no VolumeSnapshotClass, the VM gone).
 * Events are recorded for each; a deleted snapshot's content is deleted with it.
 */
final class SnapshotLifecycle {

  private final KubernetesClient admin;
  private final SimEvents events;
  private final StatusWriter writer;
  private final SnapshotVolumes volumes;
  private final SnapshotContents contents;

  SnapshotLifecycle(KubernetesClient admin, SimEvents events, StatusWriter writer) {
    this.admin = admin;
    this.events = events;
    this.writer = writer;
    this.volumes = new SnapshotVolumes(admin);
    this.contents = new SnapshotContents(admin, writer);
  }

  /** Starts a snapshot the controller has not seen yet; true when it should be finished later. */
  boolean begin(GenericKubernetesResource snapshot) {
    if (Api.get(snapshot, "status", "phase") != null) {
      return "InProgress".equals(Api.get(snapshot, "status", "phase"));
    }
    String ns = snapshot.getMetadata().getNamespace();
    var vm = vm(snapshot);
    Instant now = Instant.now();
    if (vm == null) {
      fail(snapshot, "VirtualMachine " + vmName(snapshot) + " does not exist", now);
      return false;
    }
    var vmi = Api.op(admin, Api.VMI).inNamespace(ns).withName(vmName(snapshot)).get();
    List<String> indications = new ArrayList<>();
    if (vmi != null && "Running".equals(Api.get(vmi, "status", "phase"))) {
      indications.add("Online");
      indications.add(agentConnected(vmi) ? "GuestAgent" : "NoGuestAgent");
    }
    writer.patchStatus(
        Api.SNAPSHOT,
        ns,
        snapshot.getMetadata().getName(),
        map(
            "phase",
            "InProgress",
            "readyToUse",
            false,
            "sourceUID",
            vm.getMetadata().getUid(),
            "indications",
            indications,
            "virtualMachineSnapshotContentName",
            contentName(snapshot),
            "conditions",
            List.of(
                Statuses.condition(
                    "Progressing", "True", "Source locked and operation in progress", "", now),
                Statuses.condition("Ready", "False", "Not ready", "", now))));
    events.normal(
        snapshot,
        "SnapshotInProgress",
        "Snapshot of VirtualMachine " + vmName(snapshot) + " in progress",
        "virt-controller",
        null);
    return true;
  }

  /** Finishes an InProgress snapshot: Succeeded with its content, or Failed with the reason. */
  void finish(String ns, String name) {
    var snapshot = Api.op(admin, Api.SNAPSHOT).inNamespace(ns).withName(name).get();
    if (snapshot == null || !"InProgress".equals(Api.get(snapshot, "status", "phase"))) {
      return;
    }
    Instant now = Instant.now();
    var vm = vm(snapshot);
    if (vm == null) {
      fail(snapshot, "VirtualMachine " + vmName(snapshot) + " does not exist", now);
      return;
    }
    var claims = volumes.of(vm);
    String problem = SnapshotVolumes.problem(claims);
    if (problem != null) {
      fail(snapshot, problem, now);
      return;
    }
    contents.create(snapshot, vm, claims, now);
    writer.patchStatus(
        Api.SNAPSHOT,
        ns,
        name,
        map(
            "phase", "Succeeded",
            "readyToUse", true,
            "creationTime", now.toString(),
            "snapshotVolumes",
                map("includedVolumes", claims.stream().map(SnapshotVolumes.Volume::name).toList()),
            "conditions",
                List.of(
                    Statuses.condition("Progressing", "False", "Operation complete", "", now),
                    Statuses.condition("Ready", "True", "Operation complete", "", now))));
    events.normal(
        snapshot,
        "SnapshotSucceeded",
        "Snapshot " + name + " of VirtualMachine " + vmName(snapshot) + " is ready to use",
        "virt-controller",
        null);
  }

  /** Deletes a deleted snapshot's content, as the garbage collector would. */
  void deleted(GenericKubernetesResource snapshot) {
    String content = Api.get(snapshot, "status", "virtualMachineSnapshotContentName");
    if (content != null) {
      Api.op(admin, Api.CONTENT)
          .inNamespace(snapshot.getMetadata().getNamespace())
          .withName(content)
          .delete();
    }
  }

  private void fail(GenericKubernetesResource snapshot, String message, Instant now) {
    writer.patchStatus(
        Api.SNAPSHOT,
        snapshot.getMetadata().getNamespace(),
        snapshot.getMetadata().getName(),
        map(
            "phase",
            "Failed",
            "readyToUse",
            false,
            "error",
            map("message", message, "time", now.toString()),
            "conditions",
            List.of(
                Statuses.condition("Progressing", "False", "Failed", message, now),
                Statuses.condition("Ready", "False", "Failed", message, now))));
    events.warning(snapshot, "SnapshotFailed", message, "virt-controller");
  }

  private @Nullable GenericKubernetesResource vm(GenericKubernetesResource snapshot) {
    return Api.op(admin, Api.VM)
        .inNamespace(snapshot.getMetadata().getNamespace())
        .withName(vmName(snapshot))
        .get();
  }

  static String vmName(GenericKubernetesResource snapshot) {
    return String.valueOf(Api.<String>get(snapshot, "spec", "source", "name"));
  }

  static String contentName(GenericKubernetesResource snapshot) {
    return "vmsnapshot-content-" + snapshot.getMetadata().getUid();
  }

  private static boolean agentConnected(GenericKubernetesResource vmi) {
    List<Map<String, Object>> conditions = Api.get(vmi, "status", "conditions");
    return conditions != null
        && conditions.stream()
            .anyMatch(
                c -> "AgentConnected".equals(c.get("type")) && "True".equals(c.get("status")));
  }
}
