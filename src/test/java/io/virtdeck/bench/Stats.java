package io.virtdeck.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A distribution of measurements: min, median, p95, max and how many. */
record Stats(int count, double min, double median, double p95, double max) {

  static Stats of(List<Double> values) {
    if (values.isEmpty()) {
      return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    var sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return new Stats(
        sorted.size(),
        sorted.getFirst(),
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        sorted.getLast());
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(List<Double> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  String format(String unit) {
    if (count == 0) {
      return "no samples";
    }
    return String.format(
        Locale.ROOT,
        "min %.1f / median %.1f / p95 %.1f / max %.1f %s (n=%d)",
        min,
        median,
        p95,
        max,
        unit,
        count);
  }
}
