package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The simulated restore controller: a new VirtualMachineRestore fails at once with a clear
 * condition when its snapshot is missing or not ready or the VM is not stopped (KubeVirt restores
 * only a stopped VM); otherwise it is Progressing, and one phase later the VM's spec is replaced by
 * the one kept in the snapshot's content (its run strategy stays as it is) and the restore is
 * complete. Events are recorded for each.
 */
final class RestoreLifecycle {

  static final String LAST_RESTORE = "restore.kubevirt.io/lastRestoreUID";

  private final KubernetesClient admin;
  private final SimEvents events;
  private final StatusWriter writer;

  RestoreLifecycle(KubernetesClient admin, SimEvents events, StatusWriter writer) {
    this.admin = admin;
    this.events = events;
    this.writer = writer;
  }

  /** Starts a restore not seen yet; true when it should be finished later. */
  boolean begin(GenericKubernetesResource restore) {
    if (Api.get(restore, "status") != null) {
      return false;
    }
    String ns = restore.getMetadata().getNamespace();
    String vmName = String.valueOf(Api.<String>get(restore, "spec", "target", "name"));
    String snapshotName =
        String.valueOf(Api.<String>get(restore, "spec", "virtualMachineSnapshotName"));
    var snapshot = Api.op(admin, Api.SNAPSHOT).inNamespace(ns).withName(snapshotName).get();
    var vm = Api.op(admin, Api.VM).inNamespace(ns).withName(vmName).get();
    Instant now = Instant.now();
    String problem = null;
    if (snapshot == null || !Boolean.TRUE.equals(Api.get(snapshot, "status", "readyToUse"))) {
      problem = "VirtualMachineSnapshot " + snapshotName + " does not exist or is not ready to use";
    } else if (vm == null) {
      problem = "restore target VirtualMachine " + vmName + " does not exist";
    } else if (!stopped(vm)) {
      problem =
          "restore target VirtualMachine "
              + vmName
              + " is not stopped: KubeVirt restores only a stopped VM; stop it and restore again";
    }
    if (problem != null) {
      status(restore, false, now, problem);
      events.warning(restore, "VirtualMachineRestoreError", problem, "virt-controller");
      return false;
    }
    status(restore, false, now, null);
    return true;
  }

  /** Replaces the VM's spec with the snapshot's and completes the restore. */
  void finish(String ns, String name) {
    var restore = Api.op(admin, Api.RESTORE).inNamespace(ns).withName(name).get();
    if (restore == null || Boolean.TRUE.equals(Api.get(restore, "status", "complete"))) {
      return;
    }
    String vmName = String.valueOf(Api.<String>get(restore, "spec", "target", "name"));
    var vmOp = Api.op(admin, Api.VM).inNamespace(ns).withName(vmName);
    var vm = vmOp.get();
    var snapshot =
        Api.op(admin, Api.SNAPSHOT)
            .inNamespace(ns)
            .withName(
                String.valueOf(Api.<String>get(restore, "spec", "virtualMachineSnapshotName")))
            .get();
    String contentName =
        snapshot == null ? null : Api.get(snapshot, "status", "virtualMachineSnapshotContentName");
    var content =
        contentName == null
            ? null
            : Api.op(admin, Api.CONTENT).inNamespace(ns).withName(contentName).get();
    Map<String, Object> saved =
        content == null ? null : Api.get(content, "spec", "source", "virtualMachine", "spec");
    Instant now = Instant.now();
    if (vm == null || saved == null) {
      String problem = "the snapshot's content or the target VirtualMachine " + vmName + " is gone";
      status(restore, false, now, problem);
      events.warning(restore, "VirtualMachineRestoreError", problem, "virt-controller");
      return;
    }
    Map<String, Object> spec = new LinkedHashMap<>(saved);
    Object strategy = Api.get(vm, "spec", "runStrategy");
    Object running = Api.get(vm, "spec", "running");
    spec.remove("runStrategy");
    spec.remove("running");
    if (strategy != null) {
      spec.put("runStrategy", strategy);
    } else if (running != null) {
      spec.put("running", running);
    }
    String json =
        admin
            .getKubernetesSerialization()
            .asJson(List.of(map("op", "replace", "path", "/spec", "value", spec)));
    vmOp.patch(PatchContext.of(PatchType.JSON), json);
    var uid = name + "-" + restore.getMetadata().getUid();
    vmOp.patch(
        PatchContext.of(PatchType.JSON_MERGE),
        admin
            .getKubernetesSerialization()
            .asJson(map("metadata", map("annotations", map(LAST_RESTORE, uid)))));
    status(restore, true, now, null);
    events.normal(
        restore,
        "VirtualMachineRestoreComplete",
        "Successfully completed VirtualMachineRestore " + name,
        "virt-controller",
        null);
  }

  private void status(
      GenericKubernetesResource restore, boolean complete, Instant now, @Nullable String problem) {
    var conditions = new ArrayList<Object>();
    if (problem != null) {
      conditions.add(Statuses.condition("Progressing", "False", "Failed", problem, now));
      conditions.add(Statuses.condition("Ready", "False", "Failed", problem, now));
    } else if (complete) {
      conditions.add(Statuses.condition("Progressing", "False", "Operation complete", "", now));
      conditions.add(Statuses.condition("Ready", "True", "Operation complete", "", now));
    } else {
      conditions.add(
          Statuses.condition("Progressing", "True", "Initializing VirtualMachineRestore", "", now));
      conditions.add(
          Statuses.condition("Ready", "False", "Initializing VirtualMachineRestore", "", now));
    }
    writer.patchStatus(
        Api.RESTORE,
        restore.getMetadata().getNamespace(),
        restore.getMetadata().getName(),
        map(
            "complete",
            complete,
            "restoreTime",
            complete ? now.toString() : null,
            "conditions",
            conditions));
  }

  /** Halted, and no instance left. */
  private boolean stopped(GenericKubernetesResource vm) {
    Boolean wants = Statuses.wantsRunning(vm);
    var vmi =
        Api.op(admin, Api.VMI)
            .inNamespace(vm.getMetadata().getNamespace())
            .withName(vm.getMetadata().getName())
            .get();
    return !Boolean.TRUE.equals(wants) && vmi == null;
  }
}
