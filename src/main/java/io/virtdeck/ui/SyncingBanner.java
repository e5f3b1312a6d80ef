package io.virtdeck.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Says, while VirtDeck is still making its first lists of the cluster (the web server opens before
 * they end), that lists may be incomplete; once the kinds of the first screen (VMs, instances,
 * namespaces) have synced, that the other panels (hosts, disks, snapshots, events) are still
 * loading; goes away by itself once every cache has synced.
 */
final class SyncingBanner extends Div {

  private SyncingBanner(CompletableFuture<Void> firstScreen, CompletableFuture<Void> synced) {
    setText(getTranslation(firstScreen.isDone() ? "cluster.syncing.rest" : "cluster.syncing"));
    setId("cluster-syncing");
    addClassName("syncing-banner");
    // not cancelling the shared futures when this view goes away
    LiveUpdates.bind(
        this,
        () ->
            Flux.concat(
                Mono.fromFuture(firstScreen, true).thenReturn(false),
                Mono.fromFuture(synced, true).thenReturn(true)),
        this::show);
  }

  private void show(List<Boolean> steps) {
    if (steps.contains(true)) {
      removeFromParent();
    } else {
      setText(getTranslation("cluster.syncing.rest"));
    }
  }

  /** The banner, unless every cache has synced already. */
  static Optional<SyncingBanner> whileSyncing(
      CompletableFuture<Void> firstScreen, CompletableFuture<Void> synced) {
    return synced.isDone() ? Optional.empty() : Optional.of(new SyncingBanner(firstScreen, synced));
  }
}
