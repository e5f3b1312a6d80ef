package io.virtdeck.host;

import java.util.Locale;

/** Byte counts as the host views print them. */
public final class Bytes {

  private static final double GIB = 1024.0 * 1024 * 1024;

  private Bytes() {}

  /** e.g. "12.5 GiB". */
  public static String gib(long bytes) {
    double gib = bytes / GIB;
    return (gib == Math.rint(gib)
            ? String.format(Locale.ROOT, "%.0f", gib)
            : String.format(Locale.ROOT, "%.1f", gib))
        + " GiB";
  }

  /** Millicores as CPUs, e.g. "31.5". */
  public static String cpus(long millis) {
    double cpus = millis / 1000.0;
    return cpus == Math.rint(cpus)
        ? String.format(Locale.ROOT, "%.0f", cpus)
        : String.format(Locale.ROOT, "%.1f", cpus);
  }
}
