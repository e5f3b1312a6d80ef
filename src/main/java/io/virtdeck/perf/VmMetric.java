package io.virtdeck.perf;

/**
 * KubeVirt's VM metrics VirtDeck reads ({@code kubevirt_vmi_*}, labels {@code name}, {@code
 * namespace}, {@code node}). Memory in use is the resident set: {@code
 * kubevirt_vmi_memory_used_bytes} is deprecated upstream.
 */
public enum VmMetric {
  CPU_SECONDS("kubevirt_vmi_cpu_usage_seconds_total"),
  MEMORY_AVAILABLE("kubevirt_vmi_memory_available_bytes"),
  MEMORY_RESIDENT("kubevirt_vmi_memory_resident_bytes"),
  NETWORK_RECEIVE("kubevirt_vmi_network_receive_bytes_total"),
  NETWORK_TRANSMIT("kubevirt_vmi_network_transmit_bytes_total"),
  STORAGE_READ("kubevirt_vmi_storage_read_traffic_bytes_total"),
  STORAGE_WRITE("kubevirt_vmi_storage_write_traffic_bytes_total"),
  IOPS_READ("kubevirt_vmi_storage_iops_read_total"),
  IOPS_WRITE("kubevirt_vmi_storage_iops_write_total");

  private final String metricName;

  VmMetric(String metricName) {
    this.metricName = metricName;
  }

  public String metricName() {
    return metricName;
  }

  /** A counter: read as a per-second rate over a window. */
  public boolean counter() {
    return metricName.endsWith("_total");
  }

  /**
   * The PromQL for this metric summed over the series {@code matchers} select (several network
   * interfaces or drives of one VM add up), {@code by} the given labels (none: one series); a
   * counter as its rate over {@code windowSeconds}.
   */
  public String summed(String matchers, long windowSeconds, String... by) {
    String selector = metricName + "{" + matchers + "}";
    String inner = counter() ? "rate(" + selector + "[" + windowSeconds + "s])" : selector;
    String grouping = by.length == 0 ? "" : " by (" + String.join(", ", by) + ")";
    return "sum" + grouping + " (" + inner + ")";
  }
}
