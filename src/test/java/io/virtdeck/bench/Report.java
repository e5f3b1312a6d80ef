package io.virtdeck.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures, in order, and the table printed at the end. */
public final class Report {

  private final Options options;
  private final String machine;
  private final Map<String, String> figures = new LinkedHashMap<>();

  Report(Options options, String machine) {
    this.options = options;
    this.machine = machine;
  }

  void put(String measure, String format, Object... values) {
    figures.put(measure, format.formatted(values));
  }

  void put(String measure, List<Double> millis) {
    figures.put(measure, Stats.of(millis).format("ms"));
  }

  /** The figures by measure. */
  public Map<String, String> figures() {
    return Map.copyOf(figures);
  }

  public String render() {
    var out = new StringBuilder();
    out.append("VirtDeck scale benchmark\n");
    out.append(
        "scenario: %d VMs, %d sessions, %d changes/s churn, %d s of markers at %d/s%n"
            .formatted(
                options.vms(),
                options.sessions(),
                options.churn(),
                options.seconds(),
                options.markersPerSecond()));
    out.append("machine: ").append(machine).append('\n');
    out.append("VirtDeck runtime: ")
        .append(
            options
                .aotCache()
                .map(cache -> "extracted jar with the AOT cache " + cache.getFileName())
                .orElse("the jar, no AOT cache"))
        .append(", JVM options: ")
        .append(options.jvmOptions().isEmpty() ? "none" : String.join(" ", options.jvmOptions()))
        .append('\n');
    out.append("batch window of live updates: ")
        .append(options.batchWindowDescription())
        .append('\n');
    out.append("| measure | result |\n|---|---|\n");
    figures.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    return out.toString();
  }
}
