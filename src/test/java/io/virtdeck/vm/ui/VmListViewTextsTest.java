package io.virtdeck.vm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.testing.TestUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VmListViewTextsTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  void aFilterWithNoMatchSaysSoInsteadOfAnEmptyGrid() {
    assertThat(VmListView.emptyStateText(new Div(), " zz-nothing "))
        .isEqualTo(
            "No virtual machine matches \"zz-nothing\" (name, IP address, host or guest OS).");
  }

  @Test
  void withoutAFilterTheEmptyGridSaysThereIsNothingToSee() {
    assertThat(VmListView.emptyStateText(new Div(), ""))
        .isEqualTo("No virtual machines here that you may see.");
  }
}
