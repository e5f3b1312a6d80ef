package io.virtdeck.demo.prometheus;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Deterministic synthetic load: the same VM at the same second always gets the same value, in every
 * run. A VM's load is its base busyness (VMs whose names say database, build or analytics are
 * busy), a daily and an hourly wave with phases of its own, and a minute-by-minute jitter.
 */
final class Synthetic {

  /** Name parts of VMs that are busy on purpose. */
  private static final List<String> BUSY = List.of("db", "sql", "erp", "ci-runner", "build");

  private static final double DAY = 86_400;
  private static final double TWO_PI = 2 * Math.PI;

  private Synthetic() {}

  /** A stable 64-bit number for {@code key} (FNV-1a, then mixed). */
  static long seed(String key) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return mix(hash);
  }

  /** SplitMix64's finalizer: spreads every input bit over the whole result. */
  static long mix(long x) {
    long z = x + 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A number in [0, 1) drawn from {@code x}. */
  static double unit(long x) {
    return (mix(x) >>> 11) * 0x1.0p-53;
  }

  /** How busy a VM is on average, in [0.05, 0.9]. */
  static double busyness(String name, long seed) {
    double base = 0.05 + 0.3 * unit(seed);
    return BUSY.stream().anyMatch(name::contains) ? base + 0.5 : base;
  }

  /**
   * The load of one aspect (CPU, network, ...) of a VM at {@code t} seconds since the epoch, in (0,
   * 1): {@code seed} picks the phases and jitter, {@code base} the average.
   */
  static double load(long seed, double base, double t) {
    double daily = Math.sin(TWO_PI * (t / DAY + unit(seed ^ 0x51)));
    double period = 1800 + 3600 * unit(seed ^ 0x52);
    double hourly = Math.sin(TWO_PI * (t / period + unit(seed ^ 0x53)));
    double jitter = unit(seed ^ (long) Math.floor(t / 60)) - 0.5;
    double value = base * (1 + 0.4 * daily) + 0.06 * hourly + 0.1 * jitter;
    return Math.max(0.005, Math.min(0.98, value));
  }
}
