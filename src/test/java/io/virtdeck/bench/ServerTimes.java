package io.virtdeck.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * VirtDeck's own timings of an action, read back from its log: the {@code virtdeck.timing} lines
 * {@code QUERY-TIME <kind> <micros> <subject>} it writes at debug.
 */
final class ServerTimes {

  private static final Pattern TIME = Pattern.compile("QUERY-TIME (\\w+) (\\d+) (\\S+)");

  private final JvmProcess virtdeck;

  ServerTimes(JvmProcess virtdeck) {
    this.virtdeck = virtdeck;
  }

  /** Where the log is now: the lines after it are those of actions still to come. */
  int mark() {
    return virtdeck.lines().size();
  }

  /** The times of {@code kind} logged since {@code from}, in ms. */
  List<Double> since(int from, String kind) {
    var lines = virtdeck.lines();
    var result = new ArrayList<Double>();
    for (String line : lines.subList(Math.min(from, lines.size()), lines.size())) {
      var m = TIME.matcher(line);
      if (m.find() && m.group(1).equals(kind)) {
        result.add(Long.parseLong(m.group(2)) / 1000.0);
      }
    }
    return result;
  }

  /**
   * Waits until more than {@code before} times of {@code kind} are logged; fails after 30 s, as a
   * timing line that never comes means the action or its instrumentation is broken.
   */
  void awaitMore(int from, String kind, int before) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> since(from, kind).size() > before);
  }
}
