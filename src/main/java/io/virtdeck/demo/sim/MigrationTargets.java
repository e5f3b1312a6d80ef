package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a migration's target pod can go, as kube-scheduler would decide it for KubeVirt: not the
 * source node (anti-affinity), not a cordoned node or one KubeVirt marks unschedulable, only nodes
 * matching {@code spec.addedNodeSelector}, and only where the guest memory fits beside the memory
 * of the instances already there (or arriving). Among those, the least used wins.
 */
final class MigrationTargets {

  private final Collection<Node> nodes;
  private final Map<String, BigDecimal> used;

  /**
   * @param used memory of the instances on each node, and of those migrating to it
   */
  MigrationTargets(Collection<Node> nodes, Map<String, BigDecimal> used) {
    this.nodes = nodes;
    this.used = used;
  }

  /** Memory in use per node: each instance on its node, each running migration on its target. */
  static Map<String, BigDecimal> used(
      Collection<GenericKubernetesResource> vmis, Map<String, BigDecimal> arriving) {
    Map<String, BigDecimal> used = new HashMap<>(arriving);
    for (GenericKubernetesResource vmi : vmis) {
      String node = Api.get(vmi, "status", "nodeName");
      if (node != null) {
        used.merge(node, VmiLifecycle.memory(vmi), BigDecimal::add);
      }
    }
    return used;
  }

  Optional<Node> pick(String source, Map<String, String> selector, BigDecimal memory) {
    return nodes.stream()
        .filter(node -> reason(node, source, selector, memory) == null)
        .min(
            Comparator.comparing((Node node) -> usedOn(node))
                .thenComparing(node -> node.getMetadata().getName()));
  }

  /** kube-scheduler's message when no node fits, e.g. "0/4 nodes are available: 1 ...". */
  String unschedulableMessage(String source, Map<String, String> selector, BigDecimal memory) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Node node : nodes) {
      String reason = reason(node, source, selector, memory);
      if (reason != null) {
        counts.merge(reason, 1, Integer::sum);
      }
    }
    StringBuilder message = new StringBuilder("0/%d nodes are available: ".formatted(nodes.size()));
    counts.forEach(
        (reason, count) -> message.append(count).append(' ').append(reason).append(", "));
    message.setLength(message.length() - 2);
    return message.append('.').toString();
  }

  private @org.jspecify.annotations.Nullable String reason(
      Node node, String source, Map<String, String> selector, BigDecimal memory) {
    Map<String, String> labels = node.getMetadata().getLabels();
    boolean matches =
        selector.entrySet().stream()
            .allMatch(e -> labels != null && e.getValue().equals(labels.get(e.getKey())));
    if (!matches) {
      return "node(s) didn't match Pod's node affinity/selector";
    }
    if (node.getMetadata().getName().equals(source)) {
      return "node(s) didn't match pod anti-affinity rules";
    }
    boolean cordoned =
        node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
    if (cordoned || (labels != null && "false".equals(labels.get("kubevirt.io/schedulable")))) {
      return "node(s) were unschedulable";
    }
    if (allocatable(node).subtract(usedOn(node)).compareTo(memory) < 0) {
      return "Insufficient memory";
    }
    return null;
  }

  private BigDecimal usedOn(Node node) {
    return used.getOrDefault(node.getMetadata().getName(), BigDecimal.ZERO);
  }

  private static BigDecimal allocatable(Node node) {
    if (node.getStatus() == null || node.getStatus().getAllocatable() == null) {
      return BigDecimal.ZERO;
    }
    Quantity memory = node.getStatus().getAllocatable().get("memory");
    return memory == null ? BigDecimal.ZERO : memory.getNumericalAmount();
  }
}
