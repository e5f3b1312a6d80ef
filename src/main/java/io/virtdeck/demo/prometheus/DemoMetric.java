package io.virtdeck.demo.prometheus;

import org.jspecify.annotations.Nullable;

/**
 * The KubeVirt VM metrics the demo serves, under KubeVirt's names and labels ({@code name}, {@code
 * namespace}, {@code node}; {@code interface} for network, {@code drive} for storage). Counters
 * ({@code _total}) are drawn as per-second rates; their raw value is the rate's integral since the
 * demo's epoch, so that it only grows.
 */
enum DemoMetric {
  CPU("kubevirt_vmi_cpu_usage_seconds_total", null, null, 1.0),
  MEMORY_AVAILABLE("kubevirt_vmi_memory_available_bytes", null, null, 0),
  MEMORY_RESIDENT("kubevirt_vmi_memory_resident_bytes", null, null, 0),
  MEMORY_USED("kubevirt_vmi_memory_used_bytes", null, null, 0),
  NETWORK_RECEIVE("kubevirt_vmi_network_receive_bytes_total", "interface", "default", 40e6),
  NETWORK_TRANSMIT("kubevirt_vmi_network_transmit_bytes_total", "interface", "default", 20e6),
  STORAGE_READ("kubevirt_vmi_storage_read_traffic_bytes_total", "drive", "rootdisk", 60e6),
  STORAGE_WRITE("kubevirt_vmi_storage_write_traffic_bytes_total", "drive", "rootdisk", 30e6),
  IOPS_READ("kubevirt_vmi_storage_iops_read_total", "drive", "rootdisk", 1500),
  IOPS_WRITE("kubevirt_vmi_storage_iops_write_total", "drive", "rootdisk", 900);

  /** Where counters start: the demo's epoch (2025-06-01T00:00:00Z). */
  private static final double EPOCH = 1_748_736_000;

  final String metricName;
  final @Nullable String extraLabel;
  final @Nullable String extraValue;
  private final double peakRate;

  DemoMetric(
      String metricName,
      @Nullable String extraLabel,
      @Nullable String extraValue,
      double peakRate) {
    this.metricName = metricName;
    this.extraLabel = extraLabel;
    this.extraValue = extraValue;
    this.peakRate = peakRate;
  }

  boolean counter() {
    return metricName.endsWith("_total");
  }

  /** The value of a label of this metric's series for {@code vmi}, or null when it has none. */
  @Nullable String label(RunningVmi vmi, String label) {
    return switch (label) {
      case "__name__" -> metricName;
      case "name" -> vmi.name();
      case "namespace" -> vmi.namespace();
      case "node" -> vmi.node();
      default -> label.equals(extraLabel) ? extraValue : null;
    };
  }

  /** A counter's per-second rate at {@code t}; 0 for a gauge. */
  double rate(RunningVmi vmi, double t) {
    if (!counter()) {
      return 0;
    }
    double load = load(vmi, t);
    return this == CPU ? vmi.vcpus() * load : peakRate * load * load;
  }

  /** The sample at {@code t}: a gauge's value or a counter's total so far. */
  double value(RunningVmi vmi, double t) {
    return switch (this) {
      case MEMORY_AVAILABLE -> vmi.memoryBytes();
      case MEMORY_RESIDENT, MEMORY_USED ->
          Math.floor(vmi.memoryBytes() * (0.25 + 0.7 * load(vmi, t)));
      default -> Math.floor(average() * (t - EPOCH) * (this == CPU ? vmi.vcpus() : peakRate));
    };
  }

  private double average() {
    return 0.3;
  }

  private double load(RunningVmi vmi, double t) {
    long seed = vmi.seed() ^ (ordinal() * 0x9e3779b97f4a7c15L);
    double base = Synthetic.busyness(vmi.name(), vmi.seed());
    return Synthetic.load(seed, this == CPU || this == MEMORY_RESIDENT ? base : base * 0.8, t);
  }

  static @Nullable DemoMetric named(String name) {
    for (DemoMetric metric : values()) {
      if (metric.metricName.equals(name)) {
        return metric;
      }
    }
    return null;
  }
}
