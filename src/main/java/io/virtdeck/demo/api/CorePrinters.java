package io.virtdeck.demo.api;

import static io.virtdeck.demo.api.PrinterColumns.column;
import static io.virtdeck.demo.api.PrinterColumns.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** kube-apiserver's printers for the core kinds the demo serves (a subset of their columns). */
final class CorePrinters {

  private static final Map<String, String> MODES =
      Map.of(
          "ReadWriteOnce", "RWO",
          "ReadOnlyMany", "ROX",
          "ReadWriteMany", "RWX",
          "ReadWriteOncePod", "RWOP");

  private CorePrinters() {}

  static List<PrinterColumns.Column> pods(PrinterColumns.Column age) {
    return List.of(
        column("Ready", "string", 0, (o, now) -> readyContainers(o)),
        column("Status", "string", 0, (o, now) -> podStatus(o)),
        column("Restarts", "string", 0, (o, now) -> restarts(o)),
        age,
        withPriority(text("IP", "/status/podIP")),
        withPriority(text("Node", "/spec/nodeName")));
  }

  static List<PrinterColumns.Column> nodes(PrinterColumns.Column age) {
    return List.of(
        column("Status", "string", 0, (o, now) -> nodeStatus(o)),
        column("Roles", "string", 0, (o, now) -> roles(o)),
        age,
        text("Version", "/status/nodeInfo/kubeletVersion"),
        withPriority(column("Internal-IP", "string", 1, (o, now) -> address(o, "InternalIP"))),
        withPriority(text("OS-Image", "/status/nodeInfo/osImage")),
        withPriority(text("Kernel-Version", "/status/nodeInfo/kernelVersion")),
        withPriority(text("Container-Runtime", "/status/nodeInfo/containerRuntimeVersion")));
  }

  static List<PrinterColumns.Column> claims(PrinterColumns.Column age) {
    return List.of(
        text("Status", "/status/phase"),
        text("Volume", "/spec/volumeName"),
        text("Capacity", "/status/capacity/storage"),
        column("Access Modes", "string", 0, (o, now) -> modes(o)),
        text("StorageClass", "/spec/storageClassName"),
        age,
        withPriority(text("VolumeMode", "/spec/volumeMode")));
  }

  static List<PrinterColumns.Column> events() {
    return List.of(
        column(
            "Last Seen",
            "string",
            0,
            (o, now) ->
                PrinterColumns.since(
                    o.path("lastTimestamp").asString(o.path("eventTime").asString("")), now)),
        text("Type", "/type"),
        text("Reason", "/reason"),
        column(
            "Object",
            "string",
            0,
            (o, now) ->
                o.at("/involvedObject/kind").asString("").toLowerCase(java.util.Locale.ROOT)
                    + "/"
                    + o.at("/involvedObject/name").asString("")),
        text("Message", "/message"));
  }

  private static PrinterColumns.Column withPriority(PrinterColumns.Column column) {
    return new PrinterColumns.Column(column.name(), column.type(), 1, column.cell());
  }

  private static String readyContainers(JsonNode pod) {
    int total = pod.at("/spec/containers").size();
    int ready = 0;
    for (JsonNode status : pod.at("/status/containerStatuses")) {
      ready += status.path("ready").asBoolean(false) ? 1 : 0;
    }
    return ready + "/" + total;
  }

  private static String podStatus(JsonNode pod) {
    if (!pod.at("/metadata/deletionTimestamp").asString("").isEmpty()) {
      return "Terminating";
    }
    String reason = pod.at("/status/reason").asString("");
    return reason.isEmpty() ? pod.at("/status/phase").asString("Pending") : reason;
  }

  private static String restarts(JsonNode pod) {
    int restarts = 0;
    for (JsonNode status : pod.at("/status/containerStatuses")) {
      restarts += status.path("restartCount").asInt(0);
    }
    return String.valueOf(restarts);
  }

  private static String nodeStatus(JsonNode node) {
    String ready = PrinterColumns.conditionStatus(node, "Ready");
    String status = "True".equals(ready) ? "Ready" : ready.isEmpty() ? "Unknown" : "NotReady";
    return node.at("/spec/unschedulable").asBoolean(false)
        ? status + ",SchedulingDisabled"
        : status;
  }

  private static String roles(JsonNode node) {
    var roles = new ArrayList<String>();
    for (String label : node.at("/metadata/labels").propertyNames()) {
      if (label.startsWith("node-role.kubernetes.io/")) {
        roles.add(label.substring("node-role.kubernetes.io/".length()));
      }
    }
    return roles.isEmpty() ? "<none>" : String.join(",", roles.stream().sorted().toList());
  }

  private static String address(JsonNode node, String type) {
    for (JsonNode address : node.at("/status/addresses")) {
      if (type.equals(address.path("type").asString(""))) {
        return address.path("address").asString("");
      }
    }
    return "<none>";
  }

  private static String modes(JsonNode claim) {
    var modes = new ArrayList<String>();
    for (JsonNode mode : claim.at("/status/accessModes")) {
      modes.add(MODES.getOrDefault(mode.asString(), mode.asString()));
    }
    return String.join(",", modes);
  }
}
