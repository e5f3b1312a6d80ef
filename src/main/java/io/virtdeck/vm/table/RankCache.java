package io.virtdeck.vm.table;

import io.virtdeck.vm.rows.VmRow;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each column's rank of every slot (equal values, equal ranks), kept while no slot moved in that
 * column's index and no VM was added or removed: names, sizes, folders and ages rarely change, so a
 * sort by power state then name walks only the power-state index. A rank is 0 for the first value
 * in ascending order; a slot that is not in the index has none ({@link #NONE}).
 */
final class RankCache {

  static final int NONE = -1;

  /** Ranks by slot number, and how many distinct values there are. */
  record Ranks(int[] bySlot, int distinct) {

    int of(IndexedRow slot) {
      return slot.number() < bySlot.length ? bySlot[slot.number()] : NONE;
    }
  }

  private record Kept(long moves, long membership, Ranks ranks) {}

  private final Map<VmColumn, Kept> kept = new ConcurrentHashMap<>();

  /**
   * {@code column}'s ranks: kept ones if {@code moves} and {@code membership}, read before the
   * call, are those they were made at; else a walk of {@code ordered}, the column's slots in
   * ascending order, of which every number is below {@code slots}.
   */
  Ranks of(VmColumn column, long moves, long membership, int slots, Iterable<IndexedRow> ordered) {
    Kept current = kept.get(column);
    if (current != null && current.moves() == moves && current.membership() == membership) {
      return current.ranks();
    }
    Ranks ranks = walk(column, slots, ordered);
    kept.put(column, new Kept(moves, membership, ranks));
    return ranks;
  }

  private static Ranks walk(VmColumn column, int slots, Iterable<IndexedRow> ordered) {
    int[] bySlot = new int[slots];
    Arrays.fill(bySlot, NONE);
    int rank = -1;
    VmRow previous = null;
    for (IndexedRow slot : ordered) {
      if (previous == null || column.order().compare(previous, slot.row()) != 0) {
        rank++;
      }
      previous = slot.row();
      if (slot.number() < slots) { // a slot added during the walk changed the membership
        bySlot[slot.number()] = rank;
      }
    }
    return new Ranks(bySlot, rank + 1);
  }
}
