package io.virtdeck.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The work the first screen needs once its kinds have synced (the VM inventory's load and sort
 * indexes): the other kinds start listing when it is done, so that the browser drawing the first
 * screen does not share the cores with lists nobody looks at yet.
 */
final class FirstScreenWork {

  private final List<CompletableFuture<?>> work = new ArrayList<>();

  synchronized void add(CompletableFuture<?> more) {
    work.add(more);
  }

  /**
   * Completes when the work registered so far is done or has failed, or after {@code limit} at
   * most: a step that never ends must not keep the other kinds from ever listing.
   */
  synchronized CompletableFuture<Void> done(Duration limit) {
    return CompletableFuture.allOf(work.toArray(CompletableFuture[]::new))
        .exceptionally(failure -> null)
        .completeOnTimeout(null, limit.toMillis(), TimeUnit.MILLISECONDS);
  }
}
