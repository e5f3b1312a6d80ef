package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A sort by several columns orders rows as the columns' comparators would, in every direction. */
class VmTableMultiSortTest {

  private final VmTable table = new VmTable(System::nanoTime);
  private final List<VmRow> all = new ArrayList<>();

  @Test
  void twoAndThreeColumnsInEveryDirectionMatchTheComparators() {
    var random = new Random(42);
    PowerState[] powers = PowerState.values();
    for (int i = 0; i < 600; i++) {
      var row =
          new VmRow(
              new ResourceKey("ns-" + random.nextInt(4), "vm-" + random.nextInt(10_000)),
              powers[random.nextInt(powers.length)],
              "Running",
              "esx-" + random.nextInt(5),
              List.of("10.0." + random.nextInt(3) + ".1"),
              "Fedora",
              1 + random.nextInt(3),
              (1L + random.nextInt(2)) << 30,
              Instant.EPOCH.plusSeconds(random.nextInt(3)),
              false);
      table.put(row);
    }
    all.addAll(table.page(VmQuery.all(), 0, 1_000));

    for (boolean first : List.of(true, false)) {
      for (boolean second : List.of(true, false)) {
        assertOrdered(sort(VmColumn.POWER_STATE, first), sort(VmColumn.NAME, second));
        assertOrdered(sort(VmColumn.HOST, first), sort(VmColumn.VCPUS, second));
        assertOrdered(
            sort(VmColumn.MEMORY, first),
            sort(VmColumn.IP_ADDRESSES, second),
            sort(VmColumn.CREATED, !second));
      }
    }
  }

  @Test
  void aChangedValueMovesTheRowInTheNextOrder() {
    table.put(VmTableTest.row("shop", "a", PowerState.POWERED_ON, "10.0.0.1"));
    table.put(VmTableTest.row("shop", "b", PowerState.POWERED_OFF, "10.0.0.2"));
    var query =
        new VmQuery("", "", List.of(sort(VmColumn.POWER_STATE, true), sort(VmColumn.NAME, true)));
    assertThat(table.page(query, 0, 10)).extracting(VmRow::name).containsExactly("a", "b");

    table.put(VmTableTest.row("shop", "a", PowerState.SUSPENDED, "10.0.0.1"));
    table.forgetOrders();

    assertThat(table.page(query, 0, 10)).extracting(VmRow::name).containsExactly("b", "a");
  }

  private void assertOrdered(VmQuery.Sort... sorts) {
    var query = new VmQuery("", "", List.of(sorts));
    var expected = all.stream().sorted(query.comparator()).map(VmRow::key).toList();

    assertThat(table.page(query, 0, 1_000)).extracting(VmRow::key).isEqualTo(expected);
  }

  private static VmQuery.Sort sort(VmColumn column, boolean ascending) {
    return new VmQuery.Sort(column, ascending);
  }
}
