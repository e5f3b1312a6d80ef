package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A NodeMaintenance of the Node Maintenance Operator ({@code nodemaintenance.medik8s.io/v1beta1})
 * as the host shows it: its name, the node, the phase (Running, Succeeded, Failed; empty before the
 * operator saw it), {@code status.drainProgress} in percent, the pods still to evict and the last
 * eviction error. Pure.
 */
public record NodeMaintenanceState(
    String name,
    String node,
    String phase,
    int drainProgress,
    List<String> pendingPods,
    String lastError) {

  public NodeMaintenanceState {
    pendingPods = List.copyOf(pendingPods);
  }

  public boolean succeeded() {
    return "Succeeded".equals(phase);
  }

  public boolean failed() {
    return "Failed".equals(phase);
  }

  public static NodeMaintenanceState of(GenericKubernetesResource object) {
    Map<String, Object> props = object.getAdditionalProperties();
    Map<?, ?> spec = props.get("spec") instanceof Map<?, ?> m ? m : Map.of();
    Map<?, ?> status = props.get("status") instanceof Map<?, ?> m ? m : Map.of();
    List<String> pending =
        status.get("pendingPods") instanceof List<?> pods
            ? pods.stream().map(String::valueOf).toList()
            : List.of();
    return new NodeMaintenanceState(
        object.getMetadata().getName(),
        text(spec.get("nodeName")),
        text(status.get("phase")),
        status.get("drainProgress") instanceof Number n ? n.intValue() : 0,
        pending,
        text(status.get("lastError")));
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : String.valueOf(value);
  }
}
