package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/** The worker nodes ("ESXi hosts") of the demo cluster. */
final class NodeSeed {

  /** One node as data: name, zone, CPUs, memory in GiB, last IP octet. */
  record NodeSpec(String name, String zone, int cpus, int memoryGi, int ip) {}

  static final List<NodeSpec> NODES =
      List.of(
          new NodeSpec("worker-01", "zone-a", 32, 256, 11),
          new NodeSpec("worker-02", "zone-a", 32, 256, 12),
          new NodeSpec("worker-03", "zone-b", 48, 384, 13),
          new NodeSpec("worker-04", "zone-b", 16, 128, 14));

  static final String CREATED = "2025-01-06T08:00:00Z";

  private NodeSeed() {}

  static void seed(KubernetesClient admin) {
    NODES.forEach(spec -> admin.nodes().resource(node(spec)).create());
  }

  static Node node(NodeSpec spec) {
    var capacity =
        Map.of(
            "cpu", new Quantity(String.valueOf(spec.cpus())),
            "memory", new Quantity(spec.memoryGi() + "Gi"),
            "pods", new Quantity("250"),
            "ephemeral-storage", new Quantity("480Gi"),
            "devices.kubevirt.io/kvm", new Quantity("1k"),
            "devices.kubevirt.io/tun", new Quantity("1k"),
            "devices.kubevirt.io/vhost-net", new Quantity("1k"));
    var allocatable =
        Map.of(
            "cpu", new Quantity((spec.cpus() * 1000 - 500) + "m"),
            "memory", new Quantity((spec.memoryGi() - 2) + "Gi"),
            "pods", new Quantity("250"),
            "ephemeral-storage", new Quantity("440Gi"),
            "devices.kubevirt.io/kvm", new Quantity("1k"),
            "devices.kubevirt.io/tun", new Quantity("1k"),
            "devices.kubevirt.io/vhost-net", new Quantity("1k"));
    return new NodeBuilder()
        .withNewMetadata()
        .withName(spec.name())
        .withLabels(
            Json.strings(
                "kubernetes.io/hostname", spec.name(),
                "kubernetes.io/os", "linux",
                "kubernetes.io/arch", "amd64",
                "topology.kubernetes.io/region", "lab",
                "topology.kubernetes.io/zone", spec.zone(),
                "node-role.kubernetes.io/worker", "",
                "kubevirt.io/schedulable", "true",
                "cpu-model.node.kubevirt.io/Icelake-Server", "true"))
        .withAnnotations(Json.strings("kubevirt.io/heartbeat", CREATED))
        .withCreationTimestamp(CREATED)
        .endMetadata()
        .withNewSpec()
        .withPodCIDR("10.244." + (spec.ip() - 10) + ".0/24")
        .withProviderID("baremetal://" + spec.name())
        .endSpec()
        .withNewStatus()
        .withCapacity(capacity)
        .withAllocatable(allocatable)
        .addNewAddress()
        .withType("InternalIP")
        .withAddress("10.0.0." + spec.ip())
        .endAddress()
        .addNewAddress()
        .withType("Hostname")
        .withAddress(spec.name())
        .endAddress()
        .addNewCondition()
        .withType("Ready")
        .withStatus("True")
        .withReason("KubeletReady")
        .withMessage("kubelet is posting ready status")
        .withLastHeartbeatTime(CREATED)
        .withLastTransitionTime(CREATED)
        .endCondition()
        .addNewCondition()
        .withType("MemoryPressure")
        .withStatus("False")
        .withReason("KubeletHasSufficientMemory")
        .withLastTransitionTime(CREATED)
        .endCondition()
        .withNewNodeInfo()
        .withKubeletVersion("v1.33.2")
        .withKubeProxyVersion("v1.33.2")
        .withOsImage("Fedora CoreOS 42.20250705.3.0")
        .withKernelVersion("6.15.4-200.fc42.x86_64")
        .withOperatingSystem("linux")
        .withArchitecture("amd64")
        .withContainerRuntimeVersion("cri-o://1.33.2")
        .withMachineID("machine-" + spec.name())
        .withSystemUUID("4c4c4544-0000-1000-8000-00000000000" + (spec.ip() - 10))
        .withBootID("boot-" + spec.name())
        .endNodeInfo()
        .endStatus()
        .build();
  }
}
