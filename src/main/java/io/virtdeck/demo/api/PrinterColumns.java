package io.virtdeck.demo.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * The columns {@code kubectl get} shows per kind, as the real API server prints them: KubeVirt's
 * {@code additionalPrinterColumns} (from its CRDs) for its kinds, kube-apiserver's own printers for
 * the core kinds, NAME and AGE for any other. Priority 1 columns appear with {@code -o wide}.
 */
final class PrinterColumns {

  /** One column: its header, type and how a cell is read from an object at a time. */
  record Column(
      String name, String type, int priority, BiFunction<JsonNode, Instant, Object> cell) {}

  private static final Column AGE = column("Age", "date", 0, (o, now) -> age(o, now));

  private static final Map<String, List<Column>> BY_RESOURCE =
      Map.ofEntries(
          Map.entry(
              "kubevirt.io/virtualmachines",
              List.of(AGE, text("Status", "/status/printableStatus"), condition("Ready", 0))),
          Map.entry(
              "kubevirt.io/virtualmachineinstances",
              List.of(
                  AGE,
                  text("Phase", "/status/phase"),
                  text("IP", "/status/interfaces/0/ipAddress"),
                  text("NodeName", "/status/nodeName"),
                  condition("Ready", 0),
                  condition("LiveMigratable", 1, "Live-Migratable"),
                  condition("Paused", 1))),
          Map.entry(
              "kubevirt.io/virtualmachineinstancemigrations",
              List.of(text("Phase", "/status/phase"), text("VMI", "/spec/vmiName"), AGE)),
          Map.entry(
              "cdi.kubevirt.io/datavolumes",
              List.of(
                  text("Phase", "/status/phase"),
                  text("Progress", "/status/progress"),
                  text("Restarts", "/status/restartCount"),
                  AGE)),
          Map.entry(
              "snapshot.kubevirt.io/virtualmachinesnapshots",
              List.of(
                  text("SourceKind", "/spec/source/kind"),
                  text("SourceName", "/spec/source/name"),
                  text("Phase", "/status/phase"),
                  text("ReadyToUse", "/status/readyToUse"),
                  text("CreationTime", "/status/creationTime"),
                  text("Error", "/status/error/message"))),
          Map.entry("/pods", CorePrinters.pods(AGE)),
          Map.entry("/nodes", CorePrinters.nodes(AGE)),
          Map.entry("/persistentvolumeclaims", CorePrinters.claims(AGE)),
          Map.entry("/events", CorePrinters.events()),
          Map.entry("/namespaces", List.of(text("Status", "/status/phase"), AGE)));

  private PrinterColumns() {}

  /** The columns of {@code group}/{@code plural}, NAME first. */
  static List<Column> of(String group, String plural) {
    var columns = new ArrayList<Column>();
    columns.add(column("Name", "string", 0, (o, now) -> o.at("/metadata/name").asString("")));
    columns.addAll(BY_RESOURCE.getOrDefault(group + "/" + plural, List.of(AGE)));
    return columns;
  }

  static Column column(
      String name, String type, int priority, BiFunction<JsonNode, Instant, Object> cell) {
    return new Column(name, type, priority, cell);
  }

  static Column text(String name, String pointer) {
    return column(
        name, "string", 0, (o, now) -> o.at(pointer).isValueNode() ? o.at(pointer).asString() : "");
  }

  private static Column condition(String type, int priority) {
    return condition(type, priority, type);
  }

  private static Column condition(String type, int priority, String header) {
    return column(header, "string", priority, (o, now) -> conditionStatus(o, type));
  }

  static String conditionStatus(JsonNode object, String type) {
    for (JsonNode condition : object.at("/status/conditions")) {
      if (type.equals(condition.path("type").asString(""))) {
        return condition.path("status").asString("");
      }
    }
    return "";
  }

  static String age(JsonNode object, Instant now) {
    return since(object.at("/metadata/creationTimestamp").asString(""), now);
  }

  /** kubectl's human duration from {@code timestamp} to {@code now}, "<unknown>" without one. */
  static String since(String timestamp, Instant now) {
    if (timestamp.isEmpty()) {
      return "<unknown>";
    }
    try {
      return human(Duration.between(Instant.parse(timestamp), now));
    } catch (java.time.format.DateTimeParseException e) {
      return "<unknown>";
    }
  }

  /** As Kubernetes' duration.HumanDuration. */
  static String human(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < -1) {
      return "<invalid>";
    }
    if (seconds < 0) {
      return "0s";
    }
    if (seconds < 60 * 2) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    if (minutes < 10) {
      long s = seconds % 60;
      return s == 0 ? minutes + "m" : minutes + "m" + s + "s";
    }
    if (minutes < 60 * 3) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 8) {
      long m = minutes % 60;
      return m == 0 ? hours + "h" : hours + "h" + m + "m";
    }
    if (hours < 48) {
      return hours + "h";
    }
    if (hours < 24 * 8) {
      long h = hours % 24;
      return h == 0 ? hours / 24 + "d" : hours / 24 + "d" + h + "h";
    }
    if (hours < 24 * 365 * 2) {
      return hours / 24 + "d";
    }
    if (hours < 24 * 365 * 8) {
      long d = (hours / 24) % 365;
      return d == 0 ? hours / 24 / 365 + "y" : hours / 24 / 365 + "y" + d + "d";
    }
    return hours / 24 / 365 + "y";
  }
}
