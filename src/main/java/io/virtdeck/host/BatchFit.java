package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Node;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether one host can take several running VMs at once: each VM's own reasons ({@link HostFit}),
 * the VMs that already run there (they stay), and whether their requests fit the host together.
 * Pure.
 */
public record BatchFit(
    Map<ResourceKey, List<Message>> perVm, Set<ResourceKey> staying, List<Message> together) {

  public BatchFit {
    perVm = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perVm));
    staying = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(staying));
    together = List.copyOf(together);
  }

  /** Every VM that would move fits, and together they fit. */
  public boolean fits() {
    return together.isEmpty() && perVm.values().stream().allMatch(List::isEmpty);
  }

  /** The VMs that would move to the host. */
  public Set<ResourceKey> moving() {
    return perVm.keySet();
  }

  public static BatchFit of(Node node, HostRow host, List<VirtualMachineInstance> vmis) {
    Map<ResourceKey, List<Message>> perVm = new LinkedHashMap<>();
    Set<ResourceKey> staying = new LinkedHashSet<>();
    long cpu = 0;
    long memory = 0;
    for (VirtualMachineInstance vmi : vmis) {
      List<Message> reasons = HostFit.reasons(node, host, vmi);
      if (reasons.equals(List.of(Message.of("host.fit.current")))) {
        staying.add(Keys.of(vmi));
        continue;
      }
      perVm.put(Keys.of(vmi), reasons);
      VmDemand demand = VmDemand.of(vmi);
      cpu += demand.cpuMillis();
      memory += demand.memoryBytes();
    }
    List<Message> together = new ArrayList<>();
    if (perVm.isEmpty()) {
      together.add(Message.of("host.fit.current"));
    } else if (perVm.size() > 1) {
      String count = String.valueOf(perVm.size());
      if (memory > host.freeMemory()) {
        together.add(
            Message.of(
                "host.fit.together-memory",
                count,
                Bytes.gib(memory),
                Bytes.gib(host.freeMemory())));
      }
      if (cpu > host.freeCpu()) {
        together.add(
            Message.of(
                "host.fit.together-cpu",
                count,
                String.valueOf(cpu),
                String.valueOf(host.freeCpu())));
      }
    }
    return new BatchFit(perVm, staying, together);
  }
}
