package io.virtdeck.vm.table;

import io.virtdeck.cluster.ResourceKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A sort by several columns without comparing rows: each matching row's rank in each column (from a
 * walk of the column's sort index, or kept: {@link RankCache}; reversed for a descending column),
 * then a stable counting sort per column, last column first (a radix sort whose digits are the
 * columns). Linear in the rows and the ranks, and the order is that of {@link
 * VmQuery#comparator()}, ties by key in the first column's direction, without the n log n
 * comparisons of a sort by the columns' comparators.
 */
final class RankedSort {

  private RankedSort() {}

  /**
   * The keys of {@code matching} rows, given in key order, in the order of {@code sorts}; {@code
   * ranksOf} gives each column's ranks.
   */
  static List<ResourceKey> order(
      List<VmQuery.Sort> sorts,
      List<IndexedRow> matching,
      Function<VmColumn, RankCache.Ranks> ranksOf) {
    int size = matching.size();
    boolean firstAscending = sorts.isEmpty() || sorts.getFirst().ascending();
    // ties by key in the first column's direction: start from the key order, reversed if need be
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = firstAscending ? i : size - 1 - i;
    }
    for (int c = sorts.size() - 1; c >= 0; c--) {
      VmQuery.Sort sort = sorts.get(c);
      RankCache.Ranks column = ranksOf.apply(sort.column());
      // a slot the walk missed (moving meanwhile) sorts after the others
      int distinct = column.distinct() + 1;
      int[] ranks = new int[size];
      for (int i = 0; i < size; i++) {
        int rank = column.of(matching.get(i));
        ranks[i] =
            rank == RankCache.NONE
                ? distinct - 1
                : sort.ascending() ? rank : column.distinct() - 1 - rank;
      }
      order = stableByRank(order, ranks, distinct);
    }
    var keys = new ArrayList<ResourceKey>(size);
    for (int position : order) {
      keys.add(matching.get(position).row().key());
    }
    return keys;
  }

  /** {@code order} stably sorted by {@code ranks} (a counting sort). */
  private static int[] stableByRank(int[] order, int[] ranks, int distinct) {
    int[] starts = new int[distinct + 1];
    for (int position : order) {
      starts[ranks[position] + 1]++;
    }
    for (int r = 0; r < distinct; r++) {
      starts[r + 1] += starts[r];
    }
    int[] sorted = new int[order.length];
    for (int position : order) {
      sorted[starts[ranks[position]]++] = position;
    }
    return sorted;
  }
}
