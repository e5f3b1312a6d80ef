package io.virtdeck.perf.ui;

import io.virtdeck.perf.PerfChart;
import java.util.Locale;

/** Values in their units, as the charts' legends show them: 1.25 vCPU, 3.4 GiB, 12 MiB/s, 80/s. */
final class PerfFormats {

  private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

  private PerfFormats() {}

  static String format(PerfChart.Unit unit, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "—";
    }
    return switch (unit) {
      case BYTES -> binary(value);
      case BYTES_PER_SECOND -> binary(value) + "/s";
      case CORES -> String.format(Locale.ROOT, value >= 10 ? "%.1f vCPU" : "%.2f vCPU", value);
      case PER_SECOND -> String.format(Locale.ROOT, value >= 100 ? "%.0f/s" : "%.1f/s", value);
    };
  }

  /** The share of {@code used} in {@code total}, as "37 %"; a dash when the total is unknown. */
  static String percent(double used, double total) {
    return total <= 0 || Double.isNaN(used)
        ? "—"
        : String.format(Locale.ROOT, "%.0f %%", 100 * used / total);
  }

  private static String binary(double value) {
    double scaled = Math.abs(value);
    int unit = 0;
    while (scaled >= 1024 && unit < BINARY.length - 1) {
      scaled /= 1024;
      unit++;
    }
    String digits = scaled >= 100 || unit == 0 ? "%.0f" : scaled >= 10 ? "%.1f" : "%.2f";
    return (value < 0 ? "-" : "") + String.format(Locale.ROOT, digits, scaled) + " " + BINARY[unit];
  }
}
