package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A toy scheduler: a node fits when its allocatable memory covers the guest memory; among those,
 * the one with the least memory already placed by the simulator wins (spreading VMs). Only memory
 * of VMs placed by this simulator is counted, and it may overcommit so that big benchmark
 * inventories still boot.
 */
final class NodePicker {

  private final Map<String, BigDecimal> placed = new HashMap<>();

  Optional<Node> pick(Collection<Node> nodes, BigDecimal memory) {
    return nodes.stream()
        .filter(NodePicker::schedulable)
        .filter(node -> allocatableMemory(node).compareTo(memory) >= 0)
        .min(
            Comparator.comparing((Node node) -> used(node.getMetadata().getName()))
                .thenComparing(node -> node.getMetadata().getName()));
  }

  /** The scheduler's message when no node fits, as kube-scheduler words it. */
  static String unschedulableMessage(Collection<Node> nodes) {
    long cordoned = nodes.stream().filter(node -> !schedulable(node)).count();
    long small = nodes.size() - cordoned;
    var message = new StringBuilder("0/%d nodes are available: ".formatted(nodes.size()));
    if (small > 0) {
      message.append(small).append(" Insufficient memory");
    }
    if (cordoned > 0) {
      message.append(small > 0 ? ", " : "").append(cordoned).append(" node(s) were unschedulable");
    }
    return message.append('.').toString();
  }

  void place(String node, BigDecimal memory) {
    placed.merge(node, memory, BigDecimal::add);
  }

  void release(String node, BigDecimal memory) {
    placed.computeIfPresent(
        node,
        (key, value) -> {
          var rest = value.subtract(memory);
          return rest.signum() <= 0 ? null : rest;
        });
  }

  private BigDecimal used(String node) {
    return placed.getOrDefault(node, BigDecimal.ZERO);
  }

  private static boolean schedulable(Node node) {
    var labels = node.getMetadata().getLabels();
    boolean cordoned =
        node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
    return !cordoned && (labels == null || !"false".equals(labels.get("kubevirt.io/schedulable")));
  }

  private static BigDecimal allocatableMemory(Node node) {
    if (node.getStatus() == null || node.getStatus().getAllocatable() == null) {
      return BigDecimal.ZERO;
    }
    Quantity memory = node.getStatus().getAllocatable().get("memory");
    return memory == null ? BigDecimal.ZERO : memory.getNumericalAmount();
  }
}
