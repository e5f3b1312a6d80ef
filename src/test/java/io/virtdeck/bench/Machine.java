package io.virtdeck.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmark ran on: CPU, cores, memory, load, Java. */
final class Machine {

  private Machine() {}

  static String describe() {
    String cpu = first(Path.of("/proc/cpuinfo"), "model name");
    String memory = first(Path.of("/proc/meminfo"), "MemTotal");
    return "%s; %d cores; %s; load average %s; Java %s (%s)"
        .formatted(
            cpu.replaceFirst(".*:\\s*", ""),
            Runtime.getRuntime().availableProcessors(),
            memory.replaceFirst(".*:\\s*", "RAM "),
            loadAverage(),
            System.getProperty("java.version"),
            System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine skews every figure. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static String first(Path file, String prefix) {
    try (var lines = Files.lines(file)) {
      return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse("unknown");
    } catch (Exception e) {
      return "unknown";
    }
  }
}
