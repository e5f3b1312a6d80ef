package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.KubectlText;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.ScriptStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a disk that a VM about to be deleted owns: removes the VM's owner reference from the
 * DataVolume or claim (testing its uid first), so that the garbage collector leaves the disk when
 * the VM goes. Done once the cache shows the disk without that reference.
 */
public final class ReleaseDiskOperation implements Operation {

  private final ClusterCaches caches;
  private final ResourceKey disk;
  private final boolean dataVolume;
  private final String vmUid;
  private final String patch;
  private final String portablePatch;

  ReleaseDiskOperation(
      ClusterCaches caches,
      ResourceKey disk,
      boolean dataVolume,
      String vmUid,
      String vmName,
      int ownerIndex) {
    this.caches = caches;
    this.disk = disk;
    this.dataVolume = dataVolume;
    this.vmUid = vmUid;
    String owner = "/metadata/ownerReferences/" + ownerIndex;
    this.patch = release(owner, List.of(JsonPatch.op("test", owner + "/uid", vmUid)));
    // a uid is the server's own: a script, replayed on a reset or another cluster, checks that the
    // reference is the VM's by its kind and name
    this.portablePatch =
        release(
            owner,
            List.of(
                JsonPatch.op("test", owner + "/kind", "VirtualMachine"),
                JsonPatch.op("test", owner + "/name", vmName)));
  }

  private static String release(String owner, List<Map<String, Object>> tests) {
    List<Map<String, Object>> ops = new ArrayList<>(tests);
    ops.add(JsonPatch.op("remove", owner, null));
    return JsonPatch.json(ops);
  }

  @Override
  public String titleKey() {
    return "task.release_disk";
  }

  @Override
  public ResourceKey target() {
    return disk;
  }

  @Override
  public String targetKind() {
    return dataVolume ? "DataVolume" : "PersistentVolumeClaim";
  }

  @Override
  public AccessRequest access() {
    return new AccessRequest(
        "patch",
        dataVolume ? "cdi.kubevirt.io" : "",
        dataVolume ? "datavolumes" : "persistentvolumeclaims",
        "",
        disk.namespace(),
        disk.name());
  }

  @Override
  public ApiCall call() {
    return patchCall(patch);
  }

  private ApiCall patchCall(String body) {
    return new ApiCall(
        "PATCH", DeleteCommands.path(disk, targetKind()), ProvisionCommands.JSON_PATCH, body);
  }

  /** The same release, testing the owner's kind and name instead of its uid (see above). */
  @Override
  public ScriptStep script() {
    return ScriptStep.of(patchCall(portablePatch), List.of());
  }

  @Override
  public List<String> commands() {
    return List.of(KubectlText.of(call()));
  }

  private Optional<? extends io.fabric8.kubernetes.api.model.HasMetadata> object() {
    return dataVolume ? caches.dataVolumes().get(disk) : caches.persistentVolumeClaims().get(disk);
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(object());
  }

  @Override
  public Outcome progress() {
    var object = object();
    if (object.isEmpty()) {
      return Outcome.failed(Message.of("task.failed.not-found", disk.toString()));
    }
    return DeletePlans.ownedBy(object.get(), vmUid) ? Outcome.pending() : Outcome.completed();
  }
}
