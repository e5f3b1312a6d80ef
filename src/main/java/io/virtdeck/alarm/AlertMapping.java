package io.virtdeck.alarm;

import io.virtdeck.perf.PromAlert;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a Prometheus alert to the object it names, as KubeVirt's alerts label them: a VM by {@code
 * namespace} and {@code name}, {@code vmi} or {@code vm} (or its {@code virt-launcher-NAME-xxxxx}
 * pod); else a host by {@code node}; else a folder by {@code namespace}; else, or when the
 * namespace is KubeVirt's own (its component alerts), the whole datacenter. Only firing alerts
 * count.
 */
final class AlertMapping {

  private static final Pattern LAUNCHER = Pattern.compile("virt-launcher-(.+)-[a-z0-9]{5}");

  /** Labels that name the object or the scrape, not the occurrence. */
  private static final Set<String> NOT_DISTINGUISHING =
      Set.of(
          "alertname",
          "severity",
          "namespace",
          "name",
          "vmi",
          "vm",
          "node",
          "pod",
          "container",
          "endpoint",
          "instance",
          "job",
          "service",
          "prometheus",
          "operator_health_impact",
          "kubernetes_operator_part_of",
          "kubernetes_operator_component");

  private final String kubevirtNamespace;

  AlertMapping(String kubevirtNamespace) {
    this.kubevirtNamespace = kubevirtNamespace;
  }

  Optional<Alarm> alarm(PromAlert alert) {
    if (!"firing".equals(alert.state()) || alert.label("alertname").isEmpty()) {
      return Optional.empty();
    }
    AlarmTarget target = target(alert);
    String name = alert.label("alertname");
    String description = alert.annotation("description");
    if (description.isEmpty()) {
      description = alert.annotation("summary");
    }
    if (description.isEmpty()) {
      description = alert.annotation("message");
    }
    return Optional.of(
        new Alarm(
            "prometheus/" + name + "/" + target.path() + distinguishing(alert),
            AlarmSeverity.ofLabel(alert.label("severity")),
            Alarm.Source.PROMETHEUS,
            target,
            name,
            description,
            alert.activeAt() == null ? Instant.EPOCH : alert.activeAt(),
            null));
  }

  AlarmTarget target(PromAlert alert) {
    String namespace = alert.label("namespace");
    boolean ownNamespace = namespace.isEmpty() || namespace.equals(kubevirtNamespace);
    String vm = vmName(alert);
    if (!ownNamespace && !vm.isEmpty()) {
      return AlarmTarget.vm(namespace, vm);
    }
    if (!alert.label("node").isEmpty()) {
      return AlarmTarget.host(alert.label("node"));
    }
    return ownNamespace ? AlarmTarget.DATACENTER : AlarmTarget.folder(namespace);
  }

  private static String vmName(PromAlert alert) {
    for (String label : new String[] {"name", "vmi", "vm"}) {
      if (!alert.label(label).isEmpty()) {
        return alert.label(label);
      }
    }
    Matcher launcher = LAUNCHER.matcher(alert.label("pod"));
    return launcher.matches() ? launcher.group(1) : "";
  }

  private static String distinguishing(PromAlert alert) {
    var rest = new TreeMap<>(alert.labels());
    rest.keySet().removeAll(NOT_DISTINGUISHING);
    StringBuilder suffix = new StringBuilder();
    rest.forEach((k, v) -> suffix.append('/').append(k).append('=').append(v));
    return suffix.toString();
  }
}
