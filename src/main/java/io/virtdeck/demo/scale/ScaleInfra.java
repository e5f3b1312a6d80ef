package io.virtdeck.demo.scale;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/** Nodes, namespaces, port groups and snapshots of the scaled demo cluster. */
final class ScaleInfra {

  private ScaleInfra() {}

  static GenericKubernetesResource namespace(int n) {
    var ns = ScaleObjects.object("v1", "Namespace", null, ScalePlan.namespace(n));
    ns.getMetadata().setLabels(Map.of("kubernetes.io/metadata.name", ScalePlan.namespace(n)));
    ns.setAdditionalProperty("status", Map.of("phase", "Active"));
    return ns;
  }

  static GenericKubernetesResource node(int n) {
    String name = ScalePlan.node(n);
    var node = ScaleObjects.object("v1", "Node", null, name);
    node.getMetadata()
        .setLabels(
            Map.of(
                "kubernetes.io/hostname", name,
                "node-role.kubernetes.io/worker", "",
                "kubevirt.io/schedulable", "true"));
    var resources = Map.of("cpu", "128", "memory", "1056Gi", "pods", "250");
    node.setAdditionalProperty(
        "status",
        Map.of(
            "capacity", resources,
            "allocatable", resources,
            "addresses",
                List.of(
                    Map.of(
                        "type", "InternalIP", "address", "10.1.%d.%d".formatted(n >> 8, n & 0xff)),
                    Map.of("type", "Hostname", "address", name)),
            "conditions",
                List.of(
                    Map.of(
                        "type", "Ready",
                        "status", "True",
                        "reason", "KubeletReady",
                        "lastTransitionTime", ScaleObjects.CREATED)),
            "nodeInfo",
                Map.of(
                    "kubeletVersion", "v1.33.2",
                    "osImage", "Fedora CoreOS 42",
                    "architecture", "amd64",
                    "operatingSystem", "linux")));
    return node;
  }

  static GenericKubernetesResource portGroup(ScalePlan plan, int n) {
    String name = "vlan-%04d".formatted(1000 + n);
    var nad =
        ScaleObjects.object(
            "k8s.cni.cncf.io/v1",
            "NetworkAttachmentDefinition",
            ScalePlan.namespace(n % plan.namespaces()),
            name);
    nad.setAdditionalProperty(
        "spec",
        Map.of(
            "config",
            "{\"cniVersion\":\"0.3.1\",\"name\":\"%s\",\"type\":\"bridge\",\"bridge\":\"br1\",\"vlan\":%d,\"ipam\":{}}"
                .formatted(name, 1000 + n)));
    return nad;
  }

  static GenericKubernetesResource snapshot(ScalePlan plan, int n) {
    int vm = n * plan.vms() / Math.max(1, plan.snapshots());
    var snapshot =
        ScaleObjects.object(
            "snapshot.kubevirt.io/v1beta1",
            "VirtualMachineSnapshot",
            plan.namespaceOf(vm),
            ScalePlan.vmName(vm) + "-snap-" + n);
    snapshot.setAdditionalProperty(
        "spec",
        Map.of(
            "source",
            Map.of(
                "apiGroup",
                "kubevirt.io",
                "kind",
                "VirtualMachine",
                "name",
                ScalePlan.vmName(vm))));
    snapshot.setAdditionalProperty(
        "status",
        Map.of(
            "phase",
            "Succeeded",
            "readyToUse",
            true,
            "creationTime",
            ScaleObjects.CREATED,
            "indications",
            List.of("Online", "GuestAgent")));
    return snapshot;
  }
}
