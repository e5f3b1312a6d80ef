package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter matches name, host, guest OS and IP, in any case, within the folder, in order. */
class VmFilterTest {

  private final IndexedRow web =
      slot(0, VmTableTest.row("shop", "Web-01", PowerState.POWERED_ON, "10.0.0.7"));
  private final IndexedRow db =
      slot(1, VmTableTest.row("finance", "db-01", PowerState.POWERED_OFF, "10.0.1.9"));

  @Test
  void theSearchTextHoldsNameHostGuestOsAndEveryIpLowerCased() {
    assertThat(VmFilter.haystack(web.row()))
        .isEqualTo("web-01\nesx-0001\nfedora linux 42\n10.0.0.7");
  }

  @Test
  void theTextMatchesInAnyCaseAndTheOrderGivenIsKept() {
    assertThat(VmFilter.keys(query("", "FEDORA"), List.of(db, web)))
        .containsExactly(db.row().key(), web.row().key());
    assertThat(VmFilter.keys(query("", "10.0.1."), List.of(web, db)))
        .containsExactly(db.row().key());
  }

  @Test
  void aFolderAndRemovedRowsAreLeftOut() {
    assertThat(VmFilter.rows(query("shop", ""), List.of(web, db))).containsExactly(web);
    db.markRemoved();
    assertThat(VmFilter.rows(query("", ""), List.of(web, db))).containsExactly(web);
  }

  private static VmQuery query(String folder, String text) {
    return new VmQuery(folder, text, List.of());
  }

  private static IndexedRow slot(int number, VmRow row) {
    return new IndexedRow(number, row);
  }
}
