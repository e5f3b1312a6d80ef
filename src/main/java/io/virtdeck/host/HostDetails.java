package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Node;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a host's Summary shows besides capacity: its nodeInfo, KubeVirt's CPU models and features
 * (from the node labels virt-handler sets), zone, creation time, conditions and taints.
 */
public record HostDetails(
    String osImage,
    String kernel,
    String kubelet,
    String runtime,
    String cpuModels,
    String cpuFeatures,
    String zone,
    String created,
    List<String> conditions,
    List<String> taints) {

  private static final String CPU_MODEL = "cpu-model.node.kubevirt.io/";
  private static final String CPU_FEATURE = "cpu-feature.node.kubevirt.io/";

  public static HostDetails of(Node node) {
    var info = node.getStatus() == null ? null : node.getStatus().getNodeInfo();
    Map<String, String> labels = HostFit.labels(node);
    var conditions =
        node.getStatus() == null || node.getStatus().getConditions() == null
            ? List.<String>of()
            : node.getStatus().getConditions().stream()
                .map(
                    c ->
                        c.getType()
                            + ": "
                            + c.getStatus()
                            + (c.getReason() == null ? "" : " (" + c.getReason() + ")"))
                .toList();
    var taints =
        node.getSpec() == null || node.getSpec().getTaints() == null
            ? List.<String>of()
            : node.getSpec().getTaints().stream()
                .map(
                    t ->
                        t.getKey()
                            + (t.getValue() == null ? "" : "=" + t.getValue())
                            + ":"
                            + t.getEffect())
                .toList();
    return new HostDetails(
        info == null ? "" : orEmpty(info.getOsImage()),
        info == null ? "" : orEmpty(info.getKernelVersion()),
        info == null ? "" : orEmpty(info.getKubeletVersion()),
        info == null ? "" : orEmpty(info.getContainerRuntimeVersion()),
        labelled(labels, CPU_MODEL),
        labelled(labels, CPU_FEATURE),
        labels.getOrDefault("topology.kubernetes.io/zone", ""),
        orEmpty(node.getMetadata().getCreationTimestamp()),
        conditions,
        taints);
  }

  private static String labelled(Map<String, String> labels, String prefix) {
    return labels.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && "true".equals(e.getValue()))
        .map(e -> e.getKey().substring(prefix.length()))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
    return value == null ? "" : value;
  }
}
