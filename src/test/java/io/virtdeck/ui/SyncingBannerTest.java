package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.testing.TestUi;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * While the caches sync, the shell says lists may be incomplete; the line goes once they synced.
 */
class SyncingBannerTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  void showsWhileTheCachesSyncThenWhatIsStillLoadingAndGoesOnceAllHave() {
    var firstScreen = new CompletableFuture<Void>();
    var synced = new CompletableFuture<Void>();
    var shell = new Div();
    SyncingBanner banner = SyncingBanner.whileSyncing(firstScreen, synced).orElseThrow();
    shell.add(banner);
    // the test's own changes to the UI hold the session lock, as the banner's updates do
    testUi.ui().access(() -> testUi.ui().add(shell));

    assertThat(banner.getText()).contains("still reading the cluster");
    firstScreen.complete(null);
    await()
        .untilAsserted(
            () -> assertThat(banner.getText()).contains("still reading hosts, disks, snapshots"));
    assertThat(shell.getChildren()).containsExactly(banner);
    synced.complete(null);

    await().untilAsserted(() -> assertThat(shell.getChildren()).isEmpty());
  }

  @Test
  void noneOnceSyncedAndAClosedViewDoesNotEndTheWait() {
    var synced = new CompletableFuture<Void>();
    var shell = new Div();
    shell.add(
        SyncingBanner.whileSyncing(CompletableFuture.completedFuture(null), synced).orElseThrow());
    testUi.ui().access(() -> testUi.ui().add(shell));

    // the user went away before the sync ended
    testUi.ui().access(() -> testUi.ui().remove(shell));

    assertThat(synced).isNotDone();
    synced.complete(null);
    assertThat(SyncingBanner.whileSyncing(synced, synced)).isEmpty();
  }
}
