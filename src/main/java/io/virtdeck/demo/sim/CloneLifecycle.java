package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The simulated clone controller: a VirtualMachineClone walks SnapshotInProgress (from a VM only),
 * CreatingTargetVM, RestoreInProgress and Succeeded, one call of {@link #step} per phase; the
 * target VM is created in CreatingTargetVM ({@link CloneTargets}, its disks cloned by the simulated
 * CDI), with the clone's {@code spec.patches} applied ({@link ClonePatches}). It fails with the
 * reason (phase Failed, condition Ready False, a warning event) when the source is missing or not
 * ready, the target VM or one of its disks exists, or the source kind is not one KubeVirt clones.
 * Unlike KubeVirt it makes no temporary snapshot and restore objects.
 */
final class CloneLifecycle {

  static final String SNAPSHOT_IN_PROGRESS = "SnapshotInProgress";
  static final String CREATING_TARGET = "CreatingTargetVM";
  static final String RESTORE_IN_PROGRESS = "RestoreInProgress";
  static final String SUCCEEDED = "Succeeded";
  static final String FAILED = "Failed";

  private final KubernetesClient admin;
  private final SimEvents events;
  private final StatusWriter writer;
  private final CloneSources sources;

  CloneLifecycle(KubernetesClient admin, SimEvents events, StatusWriter writer) {
    this.admin = admin;
    this.events = events;
    this.writer = writer;
    this.sources = new CloneSources(admin);
  }

  /** Whether the clone has phases to go (the controller then calls {@link #step} later). */
  static boolean active(GenericKubernetesResource clone) {
    String phase = Api.get(clone, "status", "phase");
    return !SUCCEEDED.equals(phase) && !FAILED.equals(phase);
  }

  /** Moves the clone one phase on, or fails it with the reason. */
  void step(String ns, String name) {
    var clone = Api.op(admin, Api.CLONE).inNamespace(ns).withName(name).get();
    if (clone == null || !active(clone)) {
      return;
    }
    String phase = Api.get(clone, "status", "phase");
    String target = targetName(clone);
    if (phase == null || phase.isEmpty()) {
      String problem = sources.problem(clone, target);
      if (problem != null) {
        fail(clone, problem);
        return;
      }
      String first = sources.fromVm(clone) ? SNAPSHOT_IN_PROGRESS : CREATING_TARGET;
      phase(clone, first, target, map("creationTime", Instant.now().toString()));
      return;
    }
    switch (phase) {
      case SNAPSHOT_IN_PROGRESS -> phase(clone, CREATING_TARGET, target, Map.of());
      case CREATING_TARGET -> createTarget(clone, target);
      case RESTORE_IN_PROGRESS -> {
        phase(clone, SUCCEEDED, target, Map.of());
        events.normal(
            clone,
            "CloneSucceeded",
            "Successfully cloned " + sourceName(clone) + " to VirtualMachine " + target,
            SimEvents.CONTROLLER,
            null);
      }
      default -> fail(clone, "unknown phase " + phase);
    }
  }

  private void createTarget(GenericKubernetesResource clone, String target) {
    String problem = sources.problem(clone, target);
    CloneSources.Source source = problem == null ? sources.source(clone) : null;
    if (source == null) {
      fail(clone, problem != null ? problem : "the source " + sourceName(clone) + " is gone");
      return;
    }
    Map<String, Object> cloneSpec = Api.get(clone, "spec");
    var vm =
        CloneTargets.target(
            clone.getMetadata().getNamespace(),
            target,
            source.metadata(),
            source.spec(),
            cloneSpec == null ? Map.of() : cloneSpec,
            source.disks());
    GenericKubernetesResource patched;
    try {
      patched = ClonePatches.apply(vm, cloneSpec == null ? null : cloneSpec.get("patches"));
    } catch (RuntimeException broken) {
      fail(clone, "a patch of spec.patches does not apply to the target: " + broken.getMessage());
      return;
    }
    Api.op(admin, Api.VM).inNamespace(vm.getMetadata().getNamespace()).resource(patched).create();
    phase(clone, RESTORE_IN_PROGRESS, target, Map.of());
  }

  private void phase(
      GenericKubernetesResource clone, String phase, String target, Map<String, Object> more) {
    Instant now = Instant.now();
    boolean done = SUCCEEDED.equals(phase);
    Map<String, Object> status =
        map(
            "phase",
            phase,
            "targetName",
            target,
            "conditions",
            List.of(
                Statuses.condition(
                    "Progressing", done ? "False" : "True", done ? "Succeeded" : phase, "", now),
                Statuses.condition("Ready", done ? "True" : "False", phase, "", now)));
    status.putAll(more);
    writer.patchStatus(
        Api.CLONE, clone.getMetadata().getNamespace(), clone.getMetadata().getName(), status);
  }

  private void fail(GenericKubernetesResource clone, String message) {
    Instant now = Instant.now();
    writer.patchStatus(
        Api.CLONE,
        clone.getMetadata().getNamespace(),
        clone.getMetadata().getName(),
        map(
            "phase",
            FAILED,
            "conditions",
            List.of(
                Statuses.condition("Progressing", "False", FAILED, message, now),
                Statuses.condition("Ready", "False", FAILED, message, now))));
    events.warning(clone, "CloneFailed", message, SimEvents.CONTROLLER);
  }

  /** The target's name: the clone's {@code spec.target.name}, else one KubeVirt would make up. */
  static String targetName(GenericKubernetesResource clone) {
    String named = Api.get(clone, "spec", "target", "name");
    if (named != null && !named.isBlank()) {
      return named;
    }
    String made = Api.get(clone, "status", "targetName");
    return made != null ? made : "clone-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String sourceName(GenericKubernetesResource clone) {
    return Api.get(clone, "spec", "source", "kind") + " " + sourceNameOnly(clone);
  }

  static @Nullable String sourceNameOnly(GenericKubernetesResource clone) {
    return Api.get(clone, "spec", "source", "name");
  }
}
