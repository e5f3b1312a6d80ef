package io.virtdeck.demo.prometheus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The alerts the demo Prometheus fires: a few of KubeVirt's own alerts on named demo objects (each
 * while its object exists and, for a VM's, while it runs), plus one for every VM annotated {@value
 * #ANNOTATION} ({@code AlertName} or {@code AlertName/critical}), so that a trainer or a test can
 * make an alert fire: {@code kubectl annotate vm web-01 -n shop virtdeck.io/demo-alert=Demo}.
 */
final class DemoAlerts {

  /** The VM annotation that fires an alert on the VM. */
  static final String ANNOTATION = "virtdeck.io/demo-alert";

  private final DemoObjects objects;
  private final Instant started;
  private final Map<String, Instant> firstSeen = new ConcurrentHashMap<>();

  DemoAlerts(DemoObjects objects, Instant started) {
    this.objects = objects;
    this.started = started;
  }

  /** The {@code /api/v1/alerts} answer. */
  String json() {
    StringBuilder json = new StringBuilder("{\"status\":\"success\",\"data\":{\"alerts\":[");
    List<Alert> alerts = alerts();
    for (int i = 0; i < alerts.size(); i++) {
      Alert alert = alerts.get(i);
      json.append(i == 0 ? "{" : ",{").append("\"labels\":");
      PromJson.labels(json, alert.labels());
      json.append(",\"annotations\":");
      PromJson.labels(json, alert.annotations());
      json.append(",\"state\":\"firing\",\"activeAt\":");
      PromJson.string(json, alert.activeAt().toString());
      json.append(",\"value\":\"1e+00\"}");
    }
    return json.append("]}}").toString();
  }

  record Alert(Map<String, String> labels, Map<String, String> annotations, Instant activeAt) {}

  List<Alert> alerts() {
    List<Alert> alerts = new ArrayList<>();
    RunningVmi web = objects.running("shop", "web-02");
    if (web != null) {
      alerts.add(
          alert(
              labels(
                  "KubeVirtVMIExcessiveMigrations",
                  "warning",
                  "namespace",
                  "shop",
                  "vmi",
                  "web-02"),
              "An excessive amount of migrations have been detected on a VirtualMachineInstance in"
                  + " the last 24 hours.",
              "VirtualMachineInstance web-02 in namespace shop has been migrated more than 12 times"
                  + " during the last 24 hours",
              43));
    }
    RunningVmi runner = objects.running("dev", "ci-runner-01");
    if (runner != null) {
      alerts.add(
          alert(
              labels(
                  "VMCannotBeEvicted",
                  "warning",
                  "name",
                  "ci-runner-01",
                  "namespace",
                  "dev",
                  "node",
                  runner.node()),
              "The VM's eviction strategy is set to Live Migration but the VM is not migratable",
              "Eviction policy for VirtualMachine ci-runner-01 in namespace dev (on node "
                  + runner.node()
                  + ") is set to Live Migration but the VM is not migratable",
              18));
    }
    RunningVmi db = objects.running("shop", "db-02");
    if (db != null) {
      var labels =
          labels(
              "GuestFilesystemAlmostOutOfSpace", "critical", "name", "db-02", "namespace", "shop");
      labels.put("disk_name", "vdb");
      labels.put("mount_point", "/var/lib/pgsql");
      alerts.add(
          alert(
              labels,
              "Guest filesystem is critically low on space",
              "VirtualMachineInstance db-02 in namespace shop has filesystem vdb (/var/lib/pgsql)"
                  + " usage above 95% (current: 96.4%).",
              7));
    }
    if (objects.nodes().contains("worker-04")) {
      alerts.add(
          alert(
              labels("OrphanedVirtualMachineInstances", "warning", "node", "worker-04"),
              "No ready virt-handler pod detected on node worker-04 with running vmis for more than"
                  + " 10 minutes",
              "",
              25));
    }
    requested(alerts);
    return alerts;
  }

  private void requested(List<Alert> alerts) {
    firstSeen.keySet().retainAll(objects.requestedAlerts().keySet());
    for (var request : new java.util.TreeMap<>(objects.requestedAlerts()).entrySet()) {
      String[] vm = request.getKey().split("/", 2);
      String[] value = request.getValue().split("/", 2);
      String name = value[0].isBlank() ? "DemoAlert" : value[0].strip();
      String severity = value.length > 1 ? value[1].strip() : "warning";
      var labels = labels(name, severity, "name", vm[1], "namespace", vm[0]);
      RunningVmi vmi = objects.running(vm[0], vm[1]);
      if (vmi != null) {
        labels.put("node", vmi.node());
      }
      Instant since = firstSeen.computeIfAbsent(request.getKey(), k -> Instant.now());
      alerts.add(
          new Alert(
              labels,
              Map.of(
                  "summary", "Alert " + name + " fired by the demo on request",
                  "description",
                      "VirtualMachine "
                          + vm[1]
                          + " in namespace "
                          + vm[0]
                          + " has the "
                          + ANNOTATION
                          + " annotation"),
              since));
    }
  }

  private Alert alert(
      Map<String, String> labels, String summary, String description, int minutesAgo) {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("summary", summary);
    if (!description.isEmpty()) {
      annotations.put("description", description);
    }
    return new Alert(labels, annotations, started.minusSeconds(60L * minutesAgo));
  }

  private static Map<String, String> labels(String alertname, String severity, String... pairs) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("alertname", alertname);
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      labels.put(pairs[i], pairs[i + 1]);
    }
    labels.put("severity", severity);
    labels.put("operator_health_impact", "none");
    labels.put("kubernetes_operator_part_of", "kubevirt");
    return labels;
  }
}
