package io.virtdeck.provision;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Await;
import io.virtdeck.task.KubectlText;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.VmOperation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clones a VM (or one of its snapshots) by creating a VirtualMachineClone, and follows its phases
 * until the new VM is there or the clone failed with its reason. Where VirtDeck does not cache
 * clones (the API was not served at its start) it waits for the new VM alone.
 */
public final class CloneOperation extends VmOperation {

  static final String CLONES = "/apis/clone.kubevirt.io/v1beta1/namespaces/%s/virtualmachineclones";

  private final ClusterCaches caches;
  private final ResourceKey clone;
  private final ResourceKey target;
  private final Map<String, Object> manifest;

  CloneOperation(
      ClusterCaches caches,
      ResourceKey vm,
      ResourceKey clone,
      ResourceKey target,
      Map<String, Object> manifest) {
    super(vm);
    this.caches = caches;
    this.clone = clone;
    this.target = target;
    this.manifest = manifest;
  }

  public Map<String, Object> manifest() {
    return manifest;
  }

  /** The new VM. */
  public ResourceKey newVm() {
    return target;
  }

  @Override
  public String titleKey() {
    return "task.clone_vm";
  }

  @Override
  public AccessRequest access() {
    return new AccessRequest(
        "create", "clone.kubevirt.io", "virtualmachineclones", "", clone.namespace(), "");
  }

  @Override
  public ApiCall call() {
    return ApiCall.post(CLONES.formatted(clone.namespace()), JsonPatch.json(manifest));
  }

  @Override
  public List<String> commands() {
    return List.of(ProvisionCommands.createCommand(manifest), KubectlText.of(awaits().getFirst()));
  }

  @Override
  public List<Await> awaits() {
    return List.of(
        Await.field(
            CLONES.formatted(clone.namespace()) + "/" + clone.name(),
            ".status.phase",
            "Succeeded"));
  }

  @Override
  public String awaited() {
    return "VirtualMachineClone " + clone;
  }

  @Override
  public Duration timeout() {
    return Duration.ofMinutes(15);
  }

  @Override
  public String currentYaml() {
    return ObjectYaml.of(object());
  }

  @Override
  public Outcome progress() {
    boolean targetSeen = caches.virtualMachines().get(target).isPresent();
    if (caches.clones().isEmpty()) {
      return targetSeen ? Outcome.completed() : Outcome.pending();
    }
    Optional<GenericKubernetesResource> seen = object();
    String phase = seen.map(c -> status(c).get("phase") instanceof String p ? p : "").orElse("");
    return ClonePhases.outcome(phase, seen.map(CloneOperation::reason).orElse(""), targetSeen);
  }

  private Optional<GenericKubernetesResource> object() {
    return caches.clones().flatMap(c -> c.get(clone));
  }

  /** The message of the clone's Ready condition (why it failed). */
  @SuppressWarnings("unchecked")
  private static String reason(GenericKubernetesResource object) {
    if (status(object).get("conditions") instanceof List<?> list) {
      for (Object entry : list) {
        Map<String, Object> condition = (Map<String, Object>) entry;
        if ("Ready".equals(condition.get("type")) && condition.get("message") != null) {
          return String.valueOf(condition.get("message"));
        }
      }
    }
    return "";
  }

  private static Map<?, ?> status(GenericKubernetesResource object) {
    Object status = object.getAdditionalProperties().get("status");
    return status instanceof Map<?, ?> m ? m : Map.of();
  }
}
