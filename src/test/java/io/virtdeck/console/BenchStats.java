package io.virtdeck.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Milliseconds measured by the console benchmark, and their summary. */
final class BenchStats {

  private final List<Double> millis = new ArrayList<>();

  void add(long nanos) {
    millis.add(nanos / 1e6);
  }

  void addMillis(double value) {
    millis.add(value);
  }

  int count() {
    return millis.size();
  }

  double percentile(double p) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
    return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
  }

  /** "min / p50 / p95 / max ms (n = N)". */
  String summary() {
    if (millis.isEmpty()) {
      return "no samples";
    }
    return String.format(
        Locale.ROOT,
        "min %.2f / p50 %.2f / p95 %.2f / max %.2f ms (n = %d)",
        percentile(0),
        percentile(50),
        percentile(95),
        percentile(100),
        count());
  }
}
