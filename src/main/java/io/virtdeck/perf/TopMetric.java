package io.virtdeck.perf;

import java.util.List;

/**
 * What the datacenter's top consumers are ranked by: CPU (cores), memory in use (bytes), network
 * traffic received and sent, storage traffic read and written (bytes per second).
 */
public enum TopMetric {
  CPU(PerfChart.Unit.CORES, List.of(VmMetric.CPU_SECONDS)),
  MEMORY(PerfChart.Unit.BYTES, List.of(VmMetric.MEMORY_RESIDENT)),
  NETWORK(
      PerfChart.Unit.BYTES_PER_SECOND,
      List.of(VmMetric.NETWORK_RECEIVE, VmMetric.NETWORK_TRANSMIT)),
  STORAGE(PerfChart.Unit.BYTES_PER_SECOND, List.of(VmMetric.STORAGE_READ, VmMetric.STORAGE_WRITE));

  private final PerfChart.Unit unit;
  private final List<VmMetric> metrics;

  TopMetric(PerfChart.Unit unit, List<VmMetric> metrics) {
    this.unit = unit;
    this.metrics = metrics;
  }

  public PerfChart.Unit unit() {
    return unit;
  }

  /** The top {@code count} VMs by this metric among the series {@code matchers} select. */
  String query(int count, String matchers, long windowSeconds) {
    String names =
        metrics.size() == 1
            ? PromQl.equal("__name__", metrics.getFirst().metricName())
            : PromQl.anyOf("__name__", metrics.stream().map(VmMetric::metricName).toList());
    String selector = "{" + names + (matchers.isEmpty() ? "" : "," + matchers) + "}";
    String inner =
        metrics.getFirst().counter() ? "rate(" + selector + "[" + windowSeconds + "s])" : selector;
    return "topk(" + count + ", sum by (namespace, name) (" + inner + "))";
  }

  public String titleKey() {
    return "perf.top." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
