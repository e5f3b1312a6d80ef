package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.Map;

/** Nodes and VM instances for the host translation tests. */
final class HostFixtures {

  private HostFixtures() {}

  static Node node(String name, int cpus, int memoryGi, boolean ready, boolean cordoned) {
    return new NodeBuilder()
        .withNewMetadata()
        .withName(name)
        .withLabels(
            Map.of(
                "kubernetes.io/hostname", name,
                "topology.kubernetes.io/zone", "zone-a",
                "cpu-model.node.kubevirt.io/Icelake-Server", "true"))
        .endMetadata()
        .withNewSpec()
        .withUnschedulable(cordoned ? Boolean.TRUE : null)
        .endSpec()
        .withNewStatus()
        .withCapacity(
            Map.of(
                "cpu", new Quantity(String.valueOf(cpus)), "memory", new Quantity(memoryGi + "Gi")))
        .withAllocatable(
            Map.of(
                "cpu", new Quantity((cpus * 1000 - 500) + "m"),
                "memory", new Quantity((memoryGi - 2) + "Gi")))
        .addNewCondition()
        .withType("Ready")
        .withStatus(ready ? "True" : "Unknown")
        .endCondition()
        .endStatus()
        .build();
  }

  static VirtualMachineInstance vmi(String name, String node, int vcpus, String memory) {
    var vmi = new VirtualMachineInstance();
    var meta = new ObjectMeta();
    meta.setName(name);
    meta.setNamespace("shop");
    vmi.setMetadata(meta);
    var spec = new VmiSpec();
    spec.domain = new VmiSpec.Domain();
    spec.domain.cpu = new VmiSpec.Cpu();
    spec.domain.cpu.cores = vcpus;
    spec.domain.memory = new VmiSpec.Memory();
    spec.domain.memory.guest = memory;
    vmi.setSpec(spec);
    var status = new VirtualMachineInstance.Status();
    status.nodeName = node;
    status.phase = "Running";
    vmi.setStatus(status);
    return vmi;
  }
}
