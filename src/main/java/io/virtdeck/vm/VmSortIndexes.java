package io.virtdeck.vm;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.jspecify.annotations.Nullable;

/**
 * One index per sortable column, each the rows in that column's order (ties by key), kept up to
 * date row by row: sorting 45,000 rows by a column is then a walk of its index instead of a sort,
 * in either direction (a descending walk is the ascending one reversed). An index is built once (by
 * the first sort on its column, or ahead of it) and kept from then on. Writes and builds are
 * serialized by the owning table; walks run concurrently with them and skip replaced entries.
 */
final class VmSortIndexes {

  private final Map<VmColumn, NavigableSet<IndexedRow>> built = new ConcurrentHashMap<>();

  /** Moves a row: takes {@code old} out of every built index and puts {@code current} in. */
  void replace(@Nullable IndexedRow old, @Nullable IndexedRow current) {
    for (NavigableSet<IndexedRow> index : built.values()) {
      if (old != null) {
        index.remove(old); // first: an unchanged sort value makes the new entry equal to the old
      }
      if (current != null) {
        index.add(current);
      }
    }
  }

  /** The rows in {@code column}'s ascending order, ties by key; the index must have been built. */
  NavigableSet<IndexedRow> ordered(VmColumn column) {
    NavigableSet<IndexedRow> index = built.get(column);
    if (index == null) {
      throw new IllegalStateException("No index built for " + column);
    }
    return index;
  }

  /**
   * Builds {@code column}'s index from {@code rows} unless built; the caller keeps writes out
   * meanwhile, so that no change falls between the copy and the index being kept.
   */
  void build(VmColumn column, Collection<IndexedRow> rows) {
    built.computeIfAbsent(column, c -> newIndex(c, rows));
  }

  boolean isBuilt(VmColumn column) {
    return built.containsKey(column);
  }

  private static NavigableSet<IndexedRow> newIndex(VmColumn column, Collection<IndexedRow> rows) {
    // sorted in a tree, then copied into the concurrent set in one linear pass without comparisons
    var sorted = new TreeSet<>(order(column));
    rows.stream().filter(r -> !r.replaced()).forEach(sorted::add);
    return new ConcurrentSkipListSet<>(sorted);
  }

  private static Comparator<IndexedRow> order(VmColumn column) {
    return Comparator.comparing(IndexedRow::row, column.order()).thenComparing(r -> r.row().key());
  }
}
