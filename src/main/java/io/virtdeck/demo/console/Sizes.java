package io.virtdeck.demo.console;

import java.util.Locale;

/** Kubernetes quantities ("30Gi", "500M") as GiB, and GiB as {@code df -h} prints them. */
final class Sizes {

  private Sizes() {}

  static double gib(String quantity) {
    var number = quantity.replaceAll("[^0-9.]", "");
    var unit = quantity.substring(number.length()).strip();
    double value;
    try {
      value = Double.parseDouble(number);
    } catch (NumberFormatException unreadable) {
      return 1;
    }
    return switch (unit) {
      case "Ti", "T" -> value * 1024;
      case "Mi", "M" -> value / 1024;
      case "Ki", "K", "k" -> value / (1024 * 1024);
      case "Gi", "G" -> value;
      default -> value / (1024.0 * 1024 * 1024);
    };
  }

  static String human(double gib) {
    if (gib >= 1024) {
      return String.format(Locale.ROOT, "%.1fT", gib / 1024);
    }
    if (gib >= 10) {
      return String.format(Locale.ROOT, "%.0fG", gib);
    }
    if (gib >= 1) {
      return String.format(Locale.ROOT, "%.1fG", gib);
    }
    return String.format(Locale.ROOT, "%.0fM", gib * 1024);
  }
}
