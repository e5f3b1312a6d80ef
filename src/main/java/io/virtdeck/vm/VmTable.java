package io.virtdeck.vm;

import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The server's one table of VM rows, shared by every session, with what makes queries cheap at
 * 45,000 rows: each row's search text lower-cased once when the row changes, and the order of the
 * last queries kept for {@link #ORDER_TTL_NANOS} (a sort's result is a list of keys; the rows of a
 * page are always read fresh, so a page shows current values, in an order at most that old). A VM
 * added or removed invalidates every kept order at once.
 */
final class VmTable {

  /** How long a query's order is reused while only row contents change. */
  static final long ORDER_TTL_NANOS = 1_000_000_000L;

  private static final int KEPT_ORDERS = 64;

  private record Entry(VmRow row, String haystack) {}

  private record Order(List<ResourceKey> keys, long membership, long madeNanos) {}

  private final Map<ResourceKey, Entry> rows = new ConcurrentHashMap<>();
  private final AtomicLong membership = new AtomicLong();
  private final LongSupplier nanoTime;
  private final Map<VmQuery, Order> orders =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<VmQuery, Order> eldest) {
              return size() > KEPT_ORDERS;
            }
          });

  VmTable(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** Puts or replaces a row; true when the VM is new. */
  boolean put(VmRow row) {
    boolean added = rows.put(row.key(), new Entry(row, haystack(row))) == null;
    if (added) {
      membership.incrementAndGet();
    }
    return added;
  }

  /** Removes a row; true when there was one. */
  boolean remove(ResourceKey key) {
    boolean removed = rows.remove(key) != null;
    if (removed) {
      membership.incrementAndGet();
    }
    return removed;
  }

  /** Grows by one whenever a VM is added or removed. */
  long membership() {
    return membership.get();
  }

  Optional<VmRow> get(ResourceKey key) {
    return Optional.ofNullable(rows.get(key)).map(Entry::row);
  }

  int count(VmQuery query) {
    return order(query).size();
  }

  List<VmRow> page(VmQuery query, int offset, int limit) {
    List<ResourceKey> keys = order(query);
    var page = new ArrayList<VmRow>(Math.max(0, Math.min(limit, keys.size() - offset)));
    for (int i = Math.max(0, offset); i < keys.size() && page.size() < limit; i++) {
      Entry entry = rows.get(keys.get(i));
      if (entry != null) {
        page.add(entry.row());
      }
    }
    return page;
  }

  /** VM counts by namespace, for the namespaces in scope. */
  Map<String, Integer> countsByNamespace(NamespaceScope scope) {
    var counts = new TreeMap<String, Integer>();
    for (ResourceKey key : rows.keySet()) {
      if (scope.includes(key.namespace())) {
        counts.merge(key.namespace(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private List<ResourceKey> order(VmQuery query) {
    long now = nanoTime.getAsLong();
    long members = membership.get();
    Order kept = orders.get(query);
    if (kept != null && kept.membership() == members && now - kept.madeNanos() < ORDER_TTL_NANOS) {
      return kept.keys();
    }
    String needle = query.needle();
    var comparator = query.comparator();
    List<ResourceKey> keys =
        rows.values().stream()
            .filter(
                e -> query.inScope(e.row()) && (needle.isEmpty() || e.haystack().contains(needle)))
            .map(Entry::row)
            .sorted(comparator)
            .map(VmRow::key)
            .toList();
    orders.put(query, new Order(keys, members, now));
    return keys;
  }

  /** What the filter box searches, lower-cased: name, host, guest OS and each IP, one a line. */
  static String haystack(VmRow row) {
    var text = new StringBuilder(64).append(row.name()).append('\n').append(row.host());
    text.append('\n').append(row.guestOs());
    row.ipAddresses().forEach(ip -> text.append('\n').append(ip));
    return text.toString().toLowerCase(Locale.ROOT);
  }
}
