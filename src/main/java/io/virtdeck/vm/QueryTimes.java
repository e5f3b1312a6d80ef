package io.virtdeck.vm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the server time of each inventory query at DEBUG on the logger {@code virtdeck.timing}, for
 * the scale benchmark (which reads the lines back): {@code QUERY-TIME <kind> <micros> <text>}.
 */
final class QueryTimes {

  private static final Logger LOG = LoggerFactory.getLogger("virtdeck.timing");

  private QueryTimes() {}

  static void record(String kind, VmQuery query, long startNanos) {
    if (LOG.isDebugEnabled()) {
      long micros = (System.nanoTime() - startNanos) / 1_000;
      LOG.debug("QUERY-TIME {} {} {}", kind, micros, query.text().isBlank() ? "-" : "search");
    }
  }
}
