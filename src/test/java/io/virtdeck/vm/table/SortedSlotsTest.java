package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtdeck.vm.rows.PowerState;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.Test;

class SortedSlotsTest {

  private final Comparator<IndexedRow> byName = Comparator.comparing(slot -> slot.row().name());

  @Test
  void aSkipListCopiedFromItHoldsTheSlotsInOrderUnderItsComparator() {
    IndexedRow[] sorted = {slot(0, "a"), slot(1, "b"), slot(2, "c")};

    var index = new ConcurrentSkipListMap<>(new SortedSlots(sorted, byName));

    assertThat(index.keySet()).containsExactly(sorted);
    assertThat(index.comparator()).isSameAs(byName);
    assertThat(index.values()).containsOnly(Boolean.TRUE);
    index.put(slot(3, "bb"), Boolean.TRUE); // the copy orders what comes later
    assertThat(index.keySet()).extracting(s -> s.row().name()).containsExactly("a", "b", "bb", "c");
  }

  @Test
  void anEmptyOneHasNoFirstOrLastKey() {
    var empty = new SortedSlots(new IndexedRow[0], byName);

    assertThat(new ConcurrentSkipListMap<>(empty)).isEmpty();
    assertThatThrownBy(empty::firstKey).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(empty::lastKey).isInstanceOf(NoSuchElementException.class);
  }

  private static IndexedRow slot(int number, String name) {
    var row = VmTableTest.row("shop", name, PowerState.POWERED_ON, "10.0.0.1");
    return new IndexedRow(number, row);
  }
}
