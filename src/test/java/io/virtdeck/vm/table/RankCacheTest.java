package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.vm.rows.PowerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks follow the index order, equal values share one, and are kept only while nothing moved. */
class RankCacheTest {

  private final RankCache cache = new RankCache();
  private final IndexedRow off = slot(0, "a", PowerState.POWERED_OFF);
  private final IndexedRow on1 = slot(1, "b", PowerState.POWERED_ON);
  private final IndexedRow on2 = slot(2, "c", PowerState.POWERED_ON);
  private final List<IndexedRow> ascending = List.of(on1, on2, off);

  @Test
  void equalValuesShareARankAndASlotNotWalkedHasNone() {
    var ranks = cache.of(VmColumn.POWER_STATE, 0, 0, 4, ascending);

    assertThat(ranks.distinct()).isEqualTo(2);
    assertThat(List.of(ranks.of(on1), ranks.of(on2), ranks.of(off))).containsExactly(0, 0, 1);
    assertThat(ranks.of(slot(3, "d", PowerState.POWERED_ON))).isEqualTo(RankCache.NONE);
  }

  @Test
  void ranksAreKeptUntilASlotMovesOrTheMembershipChanges() {
    var first = cache.of(VmColumn.POWER_STATE, 5, 9, 3, ascending);

    assertThat(cache.of(VmColumn.POWER_STATE, 5, 9, 3, ascending)).isSameAs(first);
    assertThat(cache.of(VmColumn.POWER_STATE, 6, 9, 3, ascending)).isNotSameAs(first);
    assertThat(cache.of(VmColumn.POWER_STATE, 6, 10, 3, ascending).distinct()).isEqualTo(2);
  }

  private static IndexedRow slot(int number, String name, PowerState power) {
    var row = VmTableTest.row("shop", name, power, "10.0.0.1");
    return new IndexedRow(number, row);
  }
}
