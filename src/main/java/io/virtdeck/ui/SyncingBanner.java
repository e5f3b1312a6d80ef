package io.virtdeck.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * Says, while VirtDeck is still making its first lists of the cluster (the web server opens before
 * they end), that lists may be incomplete; goes away by itself once the caches have synced.
 */
final class SyncingBanner extends Div {

  private SyncingBanner(CompletableFuture<Void> synced) {
    setText(getTranslation("cluster.syncing"));
    setId("cluster-syncing");
    addClassName("syncing-banner");
    // not cancelling the shared future when this view goes away
    LiveUpdates.bind(
        this,
        () -> Mono.fromFuture(synced, true).thenReturn(true).flux(),
        done -> removeFromParent());
  }

  /** The banner, unless the caches have synced already. */
  static Optional<SyncingBanner> whileSyncing(CompletableFuture<Void> synced) {
    return synced.isDone() ? Optional.empty() : Optional.of(new SyncingBanner(synced));
  }
}
