package io.virtdeck.vm.table;

import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.VmRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one table of VM rows, shared by every session, with what makes queries cheap at
 * 45,000 rows: each row's search text lower-cased once when the row changes, one sort index per
 * column kept up to date row by row (a sort by one column is a walk, not a sort), and the order of
 * the last queries kept for {@link #ORDER_TTL_NANOS} ({@link KeptOrders}; a sort's result is a list
 * of keys; the rows of a page are always read fresh, so a page shows current values, in an order at
 * most that old). A VM added or removed invalidates every kept order at once.
 */
public final class VmTable {

  private static final Logger LOG = LoggerFactory.getLogger(VmTable.class);

  /** How long a query's order is reused while only row contents change. */
  static final long ORDER_TTL_NANOS = 1_000_000_000L;

  private final ConcurrentSkipListMap<ResourceKey, IndexedRow> rows = new ConcurrentSkipListMap<>();
  private final VmSortIndexes indexes = new VmSortIndexes();
  private final AtomicLong membership = new AtomicLong();
  private final AtomicInteger slots = new AtomicInteger();
  private final RankCache ranks = new RankCache();
  private final KeptOrders orders;

  public VmTable(LongSupplier nanoTime) {
    this.orders = new KeptOrders(nanoTime);
  }

  /** Puts or replaces a row; true when the VM is new. */
  public synchronized boolean put(VmRow row) {
    IndexedRow slot = rows.get(row.key());
    if (slot != null) {
      indexes.update(slot, row);
      return false;
    }
    slot = new IndexedRow(slots.getAndIncrement(), row);
    rows.put(row.key(), slot);
    indexes.add(slot);
    membership.incrementAndGet();
    return true;
  }

  /** Removes a row; true when there was one. */
  public synchronized boolean remove(ResourceKey key) {
    IndexedRow slot = rows.remove(key);
    if (slot == null) {
      return false;
    }
    slot.markRemoved();
    indexes.remove(slot);
    membership.incrementAndGet();
    return true;
  }

  /** Builds the sort index of every column not built yet, so that no user's first sort waits. */
  public void buildSortIndexes() {
    long start = System.nanoTime();
    for (VmColumn column : VmColumn.values()) {
      buildSortIndex(column);
    }
    LOG.info(
        "Sort indexes of {} rows built in {} ms",
        rows.size(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  /** Builds a column's index unless a query or the warm-up built it meanwhile. */
  private synchronized void buildSortIndex(VmColumn column) {
    if (!indexes.isBuilt(column)) {
      indexes.build(column, rows.values());
    }
  }

  public boolean sortIndexBuilt(VmColumn column) {
    return indexes.isBuilt(column);
  }

  /** Grows by one whenever a VM is added or removed. */
  public long membership() {
    return membership.get();
  }

  public Optional<VmRow> get(ResourceKey key) {
    return Optional.ofNullable(rows.get(key)).map(IndexedRow::row);
  }

  public int count(VmQuery query) {
    return order(query).size();
  }

  public List<VmRow> page(VmQuery query, int offset, int limit) {
    List<ResourceKey> keys = order(query);
    var page = new ArrayList<VmRow>(Math.max(0, Math.min(limit, keys.size() - offset)));
    for (int i = Math.max(0, offset); i < keys.size() && page.size() < limit; i++) {
      IndexedRow entry = rows.get(keys.get(i));
      if (entry != null) {
        page.add(entry.row());
      }
    }
    return page;
  }

  /** Drops every kept order: the next query of each walks or sorts anew. */
  void forgetOrders() {
    orders.clear();
  }

  /** How many orders are kept for reuse. */
  int keptOrders() {
    return orders.size();
  }

  /** VM counts by namespace, for the namespaces in scope. */
  public Map<String, Integer> countsByNamespace(NamespaceScope scope) {
    var counts = new TreeMap<String, Integer>();
    for (ResourceKey key : rows.keySet()) {
      if (scope.includes(key.namespace())) {
        counts.merge(key.namespace(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private List<ResourceKey> order(VmQuery query) {
    return orders.of(
        query, membership.get(), () -> query.sorts().size() > 1 ? sorted(query) : walked(query));
  }

  /** No sort or one column: a walk of the table or of that column's index, no sort needed. */
  private List<ResourceKey> walked(VmQuery query) {
    if (query.sorts().isEmpty()) {
      return VmFilter.keys(query, rows.values()); // in key order, each VM once
    }
    VmQuery.Sort sort = query.sorts().getFirst();
    if (!indexes.isBuilt(sort.column())) {
      buildSortIndex(sort.column());
    }
    long movesBefore = indexes.moves(sort.column());
    List<ResourceKey> keys = VmFilter.keys(query, indexes.ordered(sort.column()));
    if (indexes.moves(sort.column()) != movesBefore) {
      // a VM that moved in this index during the walk may have been met twice
      keys = new ArrayList<>(new LinkedHashSet<>(keys));
    }
    if (!sort.ascending()) {
      // a skip list walks backwards by searching from its head for every step, far slower than
      // forwards; reversing the forward walk is linear
      Collections.reverse(keys);
    }
    return keys;
  }

  /** Several columns: filter, then one sort by each row's rank in each column's index. */
  private List<ResourceKey> sorted(VmQuery query) {
    List<IndexedRow> matching = VmFilter.rows(query, rows.values());
    for (VmQuery.Sort sort : query.sorts()) {
      if (!indexes.isBuilt(sort.column())) {
        buildSortIndex(sort.column());
      }
    }
    return RankedSort.order(
        query.sorts(),
        matching,
        column ->
            ranks.of(
                column,
                indexes.moves(column),
                membership.get(),
                slots.get(),
                indexes.ordered(column)));
  }
}
