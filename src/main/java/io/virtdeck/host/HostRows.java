package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Quantity;
import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.util.Collection;
import java.util.Map;

/** Pure translation of a Node and the VM instances on it into a {@link HostRow}. */
public final class HostRows {

  private HostRows() {}

  public static HostRow of(Node node, Collection<VirtualMachineInstance> vmisOnNode) {
    return of(node, vmisOnNode, vmisOnNode);
  }

  /**
   * The host as a user sees it who may list only {@code visible} of the instances on it: its state
   * (a node's, whoever looks) from all of them, its VM count and requested figures from those.
   */
  public static HostRow of(
      Node node,
      Collection<VirtualMachineInstance> vmisOnNode,
      Collection<VirtualMachineInstance> visible) {
    long cpu = 0;
    long memory = 0;
    for (VirtualMachineInstance vmi : visible) {
      VmDemand demand = VmDemand.of(vmi);
      cpu += demand.cpuMillis();
      memory += demand.memoryBytes();
    }
    var status = node.getStatus();
    Map<String, Quantity> capacity = status == null ? null : status.getCapacity();
    Map<String, Quantity> allocatable = status == null ? null : status.getAllocatable();
    return new HostRow(
        node.getMetadata().getName(),
        state(node, vmisOnNode.size()),
        cpuMillis(capacity),
        cpuMillis(allocatable),
        cpu,
        memoryBytes(capacity),
        memoryBytes(allocatable),
        memory,
        visible.size());
  }

  /** Ready → connected, else not responding; cordoned → maintenance (entering while VMs remain). */
  static HostState state(Node node, int vms) {
    if (cordoned(node)) {
      return vms > 0 ? HostState.ENTERING_MAINTENANCE : HostState.MAINTENANCE;
    }
    return ready(node) ? HostState.CONNECTED : HostState.NOT_RESPONDING;
  }

  public static boolean cordoned(Node node) {
    return node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
  }

  static boolean ready(Node node) {
    if (node.getStatus() == null || node.getStatus().getConditions() == null) {
      return false;
    }
    return node.getStatus().getConditions().stream()
        .filter(c -> "Ready".equals(c.getType()))
        .map(NodeCondition::getStatus)
        .anyMatch("True"::equals);
  }

  private static long cpuMillis(@org.jspecify.annotations.Nullable Map<String, Quantity> values) {
    Quantity cpu = values == null ? null : values.get("cpu");
    return cpu == null ? 0 : VmDemand.millis(cpu.toString());
  }

  private static long memoryBytes(@org.jspecify.annotations.Nullable Map<String, Quantity> values) {
    Quantity memory = values == null ? null : values.get("memory");
    return memory == null ? 0 : KubeValues.bytes(memory.toString());
  }
}
