package io.virtdeck.vm.table;

import io.virtdeck.vm.rows.VmRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One index per sortable column, each the VMs' slots in that column's order (ties by key), kept up
 * to date change by change: sorting 45,000 rows by a column is then a walk of its index instead of
 * a sort (a descending sort reverses the walk). An index is built once (by the first sort on its
 * column, or ahead of it) and kept from then on. Writes and builds are serialized by the owning
 * table; walks run concurrently with them.
 */
final class VmSortIndexes {

  /** Each index is a skip list's keys: a map can be built from sorted input in one pass. */
  private final Map<VmColumn, ConcurrentSkipListMap<IndexedRow, Boolean>> built =
      new ConcurrentHashMap<>();

  private final AtomicLongArray moves = new AtomicLongArray(VmColumn.values().length);

  void add(IndexedRow slot) {
    built.values().forEach(index -> index.put(slot, Boolean.TRUE));
  }

  void remove(IndexedRow slot) {
    built.values().forEach(index -> index.remove(slot));
  }

  /**
   * Puts {@code row} in {@code slot}, moving the slot only in the indexes of columns whose value
   * changed: out while it still sorts by the old row, back in once it holds the new one.
   */
  void update(IndexedRow slot, VmRow row) {
    var moved = new ArrayList<VmColumn>();
    built.forEach(
        (column, index) -> {
          if (column.order().compare(slot.row(), row) != 0) {
            index.remove(slot);
            moved.add(column);
            moves.incrementAndGet(column.ordinal());
          }
        });
    slot.update(row);
    for (VmColumn column : moved) {
      Objects.requireNonNull(built.get(column)).put(slot, Boolean.TRUE);
      // and once more when back: ranks kept from a walk that missed the slot are not reused
      moves.incrementAndGet(column.ordinal());
    }
  }

  /**
   * Grows when a slot leaves {@code column}'s index to move and again when it is back: a walk
   * during which this changed may have met a slot twice (taken out behind it, put back ahead), and
   * ranks from a walk made before the second step may lack the slot.
   */
  long moves(VmColumn column) {
    return moves.get(column.ordinal());
  }

  /** The slots in {@code column}'s ascending order, ties by key; the index must have been built. */
  NavigableSet<IndexedRow> ordered(VmColumn column) {
    var index = built.get(column);
    if (index == null) {
      throw new IllegalStateException("No index built for " + column);
    }
    return index.keySet();
  }

  /**
   * Builds {@code column}'s index from {@code slots} unless built; the caller keeps writes out
   * meanwhile, so that no change falls between the copy and the index being kept.
   */
  void build(VmColumn column, Collection<IndexedRow> slots) {
    built.computeIfAbsent(column, c -> newIndex(c, slots));
  }

  boolean isBuilt(VmColumn column) {
    return built.containsKey(column);
  }

  private static ConcurrentSkipListMap<IndexedRow, Boolean> newIndex(
      VmColumn column, Collection<IndexedRow> slots) {
    // sorted in an array, then linked in one pass: a skip list made from a sorted map links its
    // nodes in order, while one put per slot searches from the head each time; sorting an array
    // is cheaper than a tree's inserts
    IndexedRow[] sorted = slots.stream().filter(slot -> !slot.removed()).toArray(IndexedRow[]::new);
    Comparator<IndexedRow> order = order(column);
    Arrays.sort(sorted, order);
    return new ConcurrentSkipListMap<>(new SortedSlots(sorted, order));
  }

  private static Comparator<IndexedRow> order(VmColumn column) {
    return Comparator.comparing(IndexedRow::row, column.order()).thenComparing(r -> r.row().key());
  }
}
