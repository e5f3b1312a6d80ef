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
 * {@code markers} per second (2), {@code jar} (target/virtdeck.jar), {@code aot-cache} (none: the
 * JVM's AOT cache VirtDeck starts with, as in the container image), {@code jvm-options} (none:
 * VirtDeck's JVM options, space-separated; the script passes the image's), {@code out}
 * (target/bench).
 */
record Options(
    int vms,
    int sessions,
    int churn,
    int seconds,
    int markersPerSecond,
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
    return new Options(
        Integer.parseInt(values.getOrDefault("vms", "45000")),
        Integer.parseInt(values.getOrDefault("sessions", "20")),
        Integer.parseInt(values.getOrDefault("churn", "200")),
        Integer.parseInt(values.getOrDefault("seconds", "60")),
        Integer.parseInt(values.getOrDefault("markers", "2")),
        Path.of(values.getOrDefault("jar", "target/virtdeck.jar")),
        Optional.ofNullable(values.get("aot-cache")).map(Path::of),
        Arrays.stream(values.getOrDefault("jvm-options", "").split(" "))
            .filter(option -> !option.isBlank())
            .toList(),
        Path.of(values.getOrDefault("out", "target/bench")));
  }
}
