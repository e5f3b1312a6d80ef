package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Turns the VMI transitions the informer sees into the events the scheduler and virt-handler
 * record: {@code Scheduled}, {@code FailedScheduling}, {@code Started}, {@code Paused}, {@code
 * Unpaused} and, when a VMI that ran is removed, {@code Stopped}. Each transition is delivered
 * once, so each event is created once; the writes run on the given executor.
 */
final class VmiEvents implements ResourceEventHandler<GenericKubernetesResource> {

  private static final String POD_SUFFIX_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private final SimEvents events;
  private final Executor executor;

  VmiEvents(SimEvents events, Executor executor) {
    this.events = events;
    this.executor = executor;
  }

  @Override
  public void onAdd(GenericKubernetesResource vmi) {
    // a VMI is created without status; one found at start-up has had its events already
  }

  @Override
  public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource vmi) {
    String before = Api.get(old, "status", "phase");
    String phase = Api.get(vmi, "status", "phase");
    String node = Api.get(vmi, "status", "nodeName");
    if ("Scheduled".equals(phase) && !Objects.equals(before, phase)) {
      String pod = vmi.getMetadata().getNamespace() + "/" + launcherPod(vmi);
      emit(vmi, "Scheduled", "Successfully assigned " + pod + " to " + node, SimEvents.SCHEDULER);
    }
    if ("Running".equals(phase) && !Objects.equals(before, phase)) {
      emit(vmi, "Started", "VirtualMachineInstance started.", SimEvents.HANDLER);
    }
    var unschedulable = Statuses.unschedulable(vmi);
    if (unschedulable != null && Statuses.unschedulable(old) == null) {
      String message = String.valueOf(unschedulable.get("message"));
      executor.execute(() -> events.warning(vmi, "FailedScheduling", message, SimEvents.SCHEDULER));
    }
    boolean paused = Statuses.paused(vmi) != null;
    if (paused != (Statuses.paused(old) != null)) {
      emit(
          vmi,
          paused ? "Paused" : "Unpaused",
          paused ? "VirtualMachineInstance paused." : "VirtualMachineInstance unpaused.",
          SimEvents.HANDLER);
    }
  }

  @Override
  public void onDelete(GenericKubernetesResource vmi, boolean deletedFinalStateUnknown) {
    if ("Running".equals(Api.get(vmi, "status", "phase"))) {
      emit(vmi, "Stopped", "The VirtualMachineInstance was shut down.", SimEvents.HANDLER);
    }
  }

  private void emit(
      GenericKubernetesResource vmi, String reason, String message, String component) {
    String host = component.equals(SimEvents.HANDLER) ? Api.get(vmi, "status", "nodeName") : null;
    executor.execute(() -> events.normal(vmi, reason, message, component, host));
  }

  /** {@code virt-launcher-<vmi>-<5 chars>}, the suffix derived from the VMI's uid. */
  static String launcherPod(GenericKubernetesResource vmi) {
    var meta = vmi.getMetadata();
    long seed = Integer.toUnsignedLong(Objects.hashCode(meta.getUid()));
    var suffix = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      suffix.append(POD_SUFFIX_ALPHABET.charAt((int) (seed % POD_SUFFIX_ALPHABET.length())));
      seed /= POD_SUFFIX_ALPHABET.length();
    }
    return "virt-launcher-" + meta.getName() + "-" + suffix;
  }
}
