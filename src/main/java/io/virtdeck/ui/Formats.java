package io.virtdeck.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Human formats for sizes and ages, as vSphere shows them. */
public final class Formats {

  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

  private Formats() {}

  /** 4294967296 becomes "4 GiB"; a negative size is unknown and shows as a dash. */
  public static String bytes(long bytes) {
    if (bytes < 0) {
      return "—";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    String number =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.1f", value);
    return number + " " + UNITS[unit];
  }

  /** Kubernetes-style age: 45s, 12m, 5h, 3d. */
  public static String age(Instant created, Instant now) {
    Duration age = Duration.between(created, now);
    if (age.isNegative() || age.toSeconds() < 60) {
      return Math.max(0, age.toSeconds()) + "s";
    }
    if (age.toMinutes() < 60) {
      return age.toMinutes() + "m";
    }
    if (age.toHours() < 48) {
      return age.toHours() + "h";
    }
    return age.toDays() + "d";
  }

  /** A dash for an empty value. */
  public static String orDash(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
