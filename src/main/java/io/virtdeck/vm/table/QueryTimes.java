package io.virtdeck.vm.table;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the server time of each inventory query at DEBUG on the logger {@code virtdeck.timing}, for
 * the scale benchmark (which reads the lines back): {@code QUERY-TIME <kind> <micros> <text>
 * <sorts>}, text "-" or "search", sorts e.g. {@code NAME-desc} ("-" when unsorted).
 */
public final class QueryTimes {

  private static final Logger LOG = LoggerFactory.getLogger("virtdeck.timing");

  private QueryTimes() {}

  static String sorts(VmQuery query) {
    if (query.sorts().isEmpty()) {
      return "-";
    }
    return query.sorts().stream()
        .map(s -> s.column() + (s.ascending() ? "-asc" : "-desc"))
        .collect(Collectors.joining(","));
  }

  public static void record(String kind, VmQuery query, long startNanos) {
    if (LOG.isDebugEnabled()) {
      long micros = (System.nanoTime() - startNanos) / 1_000;
      LOG.debug(
          "QUERY-TIME {} {} {} {}",
          kind,
          micros,
          query.text().isBlank() ? "-" : "search",
          sorts(query));
    }
  }
}
