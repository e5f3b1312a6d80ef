package io.virtdeck.perf;

import java.util.Map;

/**
 * One series of a Prometheus answer in compact arrays: its labels, and its points' times (Unix
 * seconds) and values (NaN where Prometheus wrote a value Java cannot read).
 */
public record PromSeries(Map<String, String> labels, long[] times, double[] values) {

  public PromSeries {
    labels = Map.copyOf(labels);
  }

  /** The value of the last point, or NaN without points. */
  public double last() {
    return values.length == 0 ? Double.NaN : values[values.length - 1];
  }

  public String label(String name) {
    return labels.getOrDefault(name, "");
  }
}
