package io.virtdeck.storage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.testing.TestUi;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatastoreViewTextsTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  void aUserWhoMayListNoDisksIsToldWhyTheListIsEmpty() {
    assertThat(DatastoreView.emptyFilesText(new Div(), NamespaceScope.NONE))
        .contains("does not let you list disks");
  }

  @Test
  void aUserWhoMayListDisksIsToldThereAreNoneHere() {
    assertThat(DatastoreView.emptyFilesText(new Div(), NamespaceScope.only(Set.of("shop"))))
        .isEqualTo("No disks on this datastore in the folders you may see.");
    assertThat(DatastoreView.emptyFilesText(new Div(), NamespaceScope.ALL))
        .isEqualTo("No disks on this datastore in the folders you may see.");
  }
}
