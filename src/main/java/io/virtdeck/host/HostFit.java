package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a host cannot take a running VM, as the scheduler would decide for the migration target: it
 * is the VM's own host, not ready, in maintenance, does not match the node selector or the required
 * node affinity, has a taint the VM does not tolerate, lacks free memory or CPU, or lacks the VM's
 * CPU model. Pure; an empty list means the host fits.
 */
public final class HostFit {

  static final String CPU_MODEL_LABEL = "cpu-model.node.kubevirt.io/";

  private HostFit() {}

  public static List<Message> reasons(Node node, HostRow host, VirtualMachineInstance vmi) {
    List<Message> reasons = new ArrayList<>();
    String source = vmi.getStatus() == null ? null : vmi.getStatus().nodeName;
    if (host.name().equals(source)) {
      reasons.add(Message.of("host.fit.current"));
      return reasons;
    }
    if (host.state() == HostState.NOT_RESPONDING) {
      reasons.add(Message.of("host.fit.not-ready"));
    }
    if (host.cordoned()) {
      reasons.add(Message.of("host.fit.maintenance"));
    }
    Map<String, String> labels = labels(node);
    var spec = vmi.getSpec();
    if (spec != null && spec.nodeSelector != null) {
      spec.nodeSelector.forEach(
          (key, value) -> {
            if (!value.equals(labels.get(key))) {
              reasons.add(Message.of("host.fit.selector", key + "=" + value));
            }
          });
    }
    if (spec != null
        && !NodeAffinity.matches(spec.getAdditionalProperties().get("affinity"), labels)) {
      reasons.add(Message.of("host.fit.affinity"));
    }
    untolerated(node, spec == null ? null : spec.getAdditionalProperties().get("tolerations"))
        .ifPresent(taint -> reasons.add(Message.of("host.fit.taint", taint)));
    VmDemand demand = VmDemand.of(vmi);
    if (demand.memoryBytes() > host.freeMemory()) {
      reasons.add(
          Message.of(
              "host.fit.memory", Bytes.gib(demand.memoryBytes()), Bytes.gib(host.freeMemory())));
    }
    if (demand.cpuMillis() > host.freeCpu()) {
      reasons.add(
          Message.of(
              "host.fit.cpu", String.valueOf(demand.cpuMillis()), String.valueOf(host.freeCpu())));
    }
    String model = cpuModel(vmi);
    if (model != null && !"true".equals(labels.get(CPU_MODEL_LABEL + model))) {
      reasons.add(Message.of("host.fit.cpu-model", model));
    }
    return reasons;
  }

  static Map<String, String> labels(Node node) {
    var labels = node.getMetadata().getLabels();
    return labels == null ? Map.of() : labels;
  }

  /** The CPU model the VM asks for, unless it passes the host's through. */
  static @Nullable String cpuModel(VirtualMachineInstance vmi) {
    var spec = vmi.getSpec();
    if (spec == null || spec.domain == null || spec.domain.cpu == null) {
      return null;
    }
    Object model = spec.domain.cpu.getAdditionalProperties().get("model");
    return model instanceof String s && !s.equals("host-passthrough") && !s.equals("host-model")
        ? s
        : null;
  }

  /**
   * The first NoSchedule or NoExecute taint none of the tolerations tolerates, as key=value:effect.
   */
  static java.util.Optional<String> untolerated(Node node, @Nullable Object tolerations) {
    List<Taint> taints = node.getSpec() == null ? null : node.getSpec().getTaints();
    if (taints == null) {
      return java.util.Optional.empty();
    }
    List<?> tolerated = tolerations instanceof List<?> list ? list : List.of();
    return taints.stream()
        .filter(t -> !"PreferNoSchedule".equals(t.getEffect()))
        .filter(t -> !"node.kubernetes.io/unschedulable".equals(t.getKey()))
        .filter(t -> tolerated.stream().noneMatch(tol -> tolerates(tol, t)))
        .map(
            t ->
                t.getKey()
                    + (t.getValue() == null || t.getValue().isEmpty() ? "" : "=" + t.getValue())
                    + ":"
                    + t.getEffect())
        .findFirst();
  }

  private static boolean tolerates(Object toleration, Taint taint) {
    if (!(toleration instanceof Map<?, ?> tol)) {
      return false;
    }
    Object key = tol.get("key");
    Object effect = tol.get("effect");
    boolean exists = "Exists".equals(tol.get("operator"));
    boolean keyMatches = key == null ? exists : key.equals(taint.getKey());
    boolean valueMatches = exists || Objects.equals(tol.get("value"), taint.getValue());
    boolean effectMatches = effect == null || effect.equals(taint.getEffect());
    return keyMatches && valueMatches && effectMatches;
  }
}
