package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import io.virtdeck.testing.TestUi;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the caches sync, the shell says lists may be incomplete; the line goes once they synced.
 */
class SyncingBannerTest {

  private UI ui;

  @BeforeEach
  void setUpUi() {
    ui = TestUi.create();
  }

  @AfterEach
  void tearDownUi() {
    TestUi.clear();
  }

  @Test
  void showsWhileTheCachesSyncAndGoesOnceTheyHave() {
    var synced = new CompletableFuture<Void>();
    var shell = new Div();
    SyncingBanner banner = SyncingBanner.whileSyncing(synced).orElseThrow();
    shell.add(banner);
    ui.add(shell);

    assertThat(banner.getText()).contains("still reading the cluster");
    synced.complete(null);

    await().untilAsserted(() -> assertThat(shell.getChildren()).isEmpty());
  }

  @Test
  void noneOnceSyncedAndAClosedViewDoesNotEndTheWait() {
    var synced = new CompletableFuture<Void>();
    var shell = new Div();
    shell.add(SyncingBanner.whileSyncing(synced).orElseThrow());
    ui.add(shell);

    ui.remove(shell); // the user went away before the sync ended

    assertThat(synced).isNotDone();
    synced.complete(null);
    assertThat(SyncingBanner.whileSyncing(synced)).isEmpty();
  }
}
