package io.virtdeck.host;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.virtdeck.task.Message;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a host's Summary shows besides capacity: its nodeInfo, KubeVirt's CPU models and features
 * (from the node labels virt-handler sets), zone, creation time, conditions, taints, and since when
 * its Ready condition has held its current status (a host's uptime as Kubernetes knows it: the
 * kubelet has reported Ready since then).
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
    List<String> taints,
    boolean ready,
    @Nullable Instant readySince) {

  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
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
        taints,
        ready(node).map(c -> "True".equals(c.getStatus())).orElse(false),
        ready(node).map(c -> instant(c.getLastTransitionTime())).orElse(null));
  }

  /**
   * The host's uptime: how long it has been Ready ({@code host.uptime.up}: days, hours, since), or
   * since when it has not been ({@code host.uptime.down}), or that Kubernetes does not say.
   */
  public Message uptime(Instant now) {
    if (readySince == null) {
      return Message.of("host.uptime.unknown");
    }
    if (!ready) {
      return Message.of("host.uptime.down", SINCE.format(readySince));
    }
    Duration up = Duration.between(readySince, now);
    if (up.isNegative()) {
      up = Duration.ZERO;
    }
    return Message.of(
        "host.uptime.up",
        String.valueOf(up.toDays()),
        String.valueOf(up.toHoursPart()),
        SINCE.format(readySince));
  }

  private static java.util.Optional<NodeCondition> ready(Node node) {
    return node.getStatus() == null || node.getStatus().getConditions() == null
        ? java.util.Optional.empty()
        : node.getStatus().getConditions().stream()
            .filter(c -> "Ready".equals(c.getType()))
            .findFirst();
  }

  private static @Nullable Instant instant(@Nullable String time) {
    try {
      return time == null ? null : Instant.parse(time);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String labelled(Map<String, String> labels, String prefix) {
    return labels.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && "true".equals(e.getValue()))
        .map(e -> e.getKey().substring(prefix.length()))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
