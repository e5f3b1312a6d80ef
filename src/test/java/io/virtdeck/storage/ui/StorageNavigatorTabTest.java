package io.virtdeck.storage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.security.CurrentUser;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.ui.NavigatorTab;
import io.virtdeck.vm.VmInventory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The navigator shows the Storage tree while a datastore's page is open. */
class StorageNavigatorTabTest {

  @Test
  void aDatastorePageBelongsToTheStorageTree() {
    StorageNavigatorTab storage =
        new StorageNavigatorTab(
            Mockito.mock(StorageInventory.class),
            Mockito.mock(VmInventory.class),
            Mockito.mock(io.virtdeck.cluster.AccessReviews.class),
            Mockito.mock(CurrentUser.class),
            io.virtdeck.ui.ObjectMarks.NONE);
    NavigatorTab other = Mockito.mock(NavigatorTab.class);

    assertThat(storage.owns(DatastoreView.class)).isTrue();
    assertThat(storage.owns(String.class)).isFalse();
    assertThat(NavigatorTab.ownerOf(List.of(other, storage), DatastoreView.class))
        .containsSame(storage);
  }
}
