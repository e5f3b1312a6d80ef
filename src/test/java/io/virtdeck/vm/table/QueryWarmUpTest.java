package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.vm.rows.PowerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up walks every column's index both ways, sorts by two, and leaves no order behind. */
class QueryWarmUpTest {

  @Test
  void itsQueriesSortByEveryColumnBothWaysEachOnceWithAndWithoutAFilterAndByTwoColumns() {
    List<VmQuery> queries = QueryWarmUp.queries();

    assertThat(queries)
        .doesNotHaveDuplicates()
        .anyMatch(q -> q.sorts().size() == 2 && q.text().isEmpty());
    for (VmColumn column : VmColumn.values()) {
      for (boolean ascending : List.of(true, false)) {
        var sort = new VmQuery.Sort(column, ascending);
        assertThat(queries)
            .as("%s", sort)
            .anyMatch(q -> q.sorts().contains(sort) && q.text().isEmpty())
            .anyMatch(q -> q.sorts().contains(sort) && !q.text().isEmpty());
      }
    }
  }

  @Test
  void runningThemBuildsEveryIndexAndKeepsNoOrder() {
    var table = new VmTable(System::nanoTime);
    for (int i = 0; i < 20; i++) {
      table.put(VmTableTest.row("ns", "vm-" + i, PowerState.POWERED_ON, "10.0.0." + i));
    }

    QueryWarmUp.run(table);

    for (VmColumn column : VmColumn.values()) {
      assertThat(table.sortIndexBuilt(column)).as("%s", column).isTrue();
    }
    assertThat(table.keptOrders()).isZero();
  }
}
