package io.virtdeck.perf;

import java.util.List;

/**
 * The charts of a Performance tab: each with the unit of its values and its series (an i18n key for
 * the legend, and the KubeVirt metric summed over the object's VMs).
 */
public enum PerfChart {
  CPU(Unit.CORES, List.of(new Series("perf.series.cpu", VmMetric.CPU_SECONDS))),
  MEMORY(
      Unit.BYTES,
      List.of(
          new Series("perf.series.memory-used", VmMetric.MEMORY_RESIDENT),
          new Series("perf.series.memory-available", VmMetric.MEMORY_AVAILABLE))),
  NETWORK(
      Unit.BYTES_PER_SECOND,
      List.of(
          new Series("perf.series.receive", VmMetric.NETWORK_RECEIVE),
          new Series("perf.series.transmit", VmMetric.NETWORK_TRANSMIT))),
  DISK(
      Unit.BYTES_PER_SECOND,
      List.of(
          new Series("perf.series.read", VmMetric.STORAGE_READ),
          new Series("perf.series.write", VmMetric.STORAGE_WRITE))),
  IOPS(
      Unit.PER_SECOND,
      List.of(
          new Series("perf.series.read-iops", VmMetric.IOPS_READ),
          new Series("perf.series.write-iops", VmMetric.IOPS_WRITE)));

  /** How a chart's values read: CPU cores, bytes, bytes per second, operations per second. */
  public enum Unit {
    CORES,
    BYTES,
    BYTES_PER_SECOND,
    PER_SECOND
  }

  /** One line of a chart. */
  public record Series(String legendKey, VmMetric metric) {}

  private final Unit unit;
  private final List<Series> series;

  PerfChart(Unit unit, List<Series> series) {
    this.unit = unit;
    this.series = series;
  }

  public Unit unit() {
    return unit;
  }

  public List<Series> series() {
    return series;
  }

  /** The i18n key of the chart's title. */
  public String titleKey() {
    return "perf.chart." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
