package io.virtdeck.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's settings, from {@code --name=value} arguments: {@code vms} (45000), {@code
 * sessions} (20), {@code churn} changes per second (200), {@code seconds} of measured churn (60),
 * {@code markers} per second (2), {@code charts} Performance tabs opened per kind, VM and host (20:
 * a p95 of 10 is their slowest), {@code top-runs} runs of the four top-10 queries (3), {@code
 * export-runs} timed exports (2), {@code batch-window} (VirtDeck's default: 150 ms fixed; a number
 * of ms, {@code adaptive} for an adaptive window of at most 150 ms, or {@code adaptive:N} for one
 * of at most N ms), {@code jar} (target/virtdeck.jar), {@code aot-cache} (none: the JVM's AOT cache
 * VirtDeck starts with, as in the container image), {@code jvm-options} (none: VirtDeck's JVM
 * options, space-separated; the script passes the image's), {@code out} (target/bench).
 */
record Options(
    int vms,
    int sessions,
    int churn,
    int seconds,
    int markersPerSecond,
    int charts,
    int topRuns,
    int exportRuns,
    Optional<String> batchWindow,
    Path jar,
    Optional<Path> aotCache,
    List<String> jvmOptions,
    Path out) {

  static Options parse(String... args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value: " + arg);
      }
      values.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    var options =
        new Options(
            Integer.parseInt(values.getOrDefault("vms", "45000")),
            Integer.parseInt(values.getOrDefault("sessions", "20")),
            Integer.parseInt(values.getOrDefault("churn", "200")),
            Integer.parseInt(values.getOrDefault("seconds", "60")),
            Integer.parseInt(values.getOrDefault("markers", "2")),
            Integer.parseInt(values.getOrDefault("charts", "20")),
            Integer.parseInt(values.getOrDefault("top-runs", "3")),
            Integer.parseInt(values.getOrDefault("export-runs", "2")),
            Optional.ofNullable(values.get("batch-window")),
            Path.of(values.getOrDefault("jar", "target/virtdeck.jar")),
            Optional.ofNullable(values.get("aot-cache")).map(Path::of),
            Arrays.stream(values.getOrDefault("jvm-options", "").split(" "))
                .filter(option -> !option.isBlank())
                .toList(),
            Path.of(values.getOrDefault("out", "target/bench")));
    options.batchWindowSettings(); // a bad window is said before anything starts
    return options;
  }

  /** VirtDeck's settings for the chosen batch window of live updates; none for its default. */
  List<String> batchWindowSettings() {
    if (batchWindow.isEmpty()) {
      return List.of();
    }
    String value = batchWindow.get();
    boolean adaptive = value.startsWith("adaptive");
    String max = adaptive ? value.substring("adaptive".length()).replaceFirst("^:", "") : value;
    if (!max.isEmpty() && !max.matches("\\d+")) {
      throw new IllegalArgumentException(
          "--batch-window takes milliseconds, adaptive or adaptive:milliseconds: " + value);
    }
    return List.of(
        "--virtdeck.ui.batch-window=" + (max.isEmpty() ? "150" : max) + "ms",
        "--virtdeck.ui.adaptive-batch-window=" + adaptive);
  }

  /** The batch window in words, for the report's header. */
  String batchWindowDescription() {
    return batchWindowSettings().isEmpty()
        ? "VirtDeck's default (adaptive, at most 150 ms)"
        : String.join(" ", batchWindowSettings());
  }
}
