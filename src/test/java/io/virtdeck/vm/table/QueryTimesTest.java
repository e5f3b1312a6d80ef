package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's query log names the sort of each query, so that a slow one can be told apart. */
class QueryTimesTest {

  @Test
  void namesEachSortColumnAndDirection() {
    var sorted =
        new VmQuery(
            "",
            "",
            List.of(
                new VmQuery.Sort(VmColumn.NAME, false), new VmQuery.Sort(VmColumn.STATUS, true)));

    assertThat(QueryTimes.sorts(sorted)).isEqualTo("NAME-desc,STATUS-asc");
    assertThat(QueryTimes.sorts(VmQuery.all())).isEqualTo("-");
  }
}
