package io.virtdeck.vm.table;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.VmRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Which rows a query's scope, folder and filter text let through: the text is looked for in each
 * row's search text, lower-cased once when the row changed ({@link #haystack}), not per query.
 */
final class VmFilter {

  private VmFilter() {}

  /** The keys of the rows {@code query} lets through, in the order given, removed rows skipped. */
  static List<ResourceKey> keys(VmQuery query, Iterable<IndexedRow> ordered) {
    return matching(query, ordered, entry -> entry.row().key());
  }

  /** The rows {@code query} lets through, in the order given, removed rows skipped. */
  static List<IndexedRow> rows(VmQuery query, Iterable<IndexedRow> ordered) {
    return matching(query, ordered, entry -> entry);
  }

  private static <R> List<R> matching(
      VmQuery query, Iterable<IndexedRow> ordered, Function<IndexedRow, R> result) {
    String needle = query.needle();
    var matching = new ArrayList<R>();
    for (IndexedRow entry : ordered) {
      if (!entry.removed() && matches(query, needle, entry)) {
        matching.add(result.apply(entry));
      }
    }
    return matching;
  }

  private static boolean matches(VmQuery query, String needle, IndexedRow entry) {
    return query.inScope(entry.row()) && (needle.isEmpty() || entry.haystack().contains(needle));
  }

  /** What the filter box searches, lower-cased: name, host, guest OS and each IP, one a line. */
  static String haystack(VmRow row) {
    var text = new StringBuilder(64).append(row.name()).append('\n').append(row.host());
    text.append('\n').append(row.guestOs());
    row.ipAddresses().forEach(ip -> text.append('\n').append(ip));
    return text.toString().toLowerCase(Locale.ROOT);
  }
}
