package io.virtdeck.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The one update a view has waiting for its UI: batches that arrive while the UI has not yet run
 * the last scheduled update are merged into it (each change once) instead of queueing another
 * {@code ui.access}. So a slow browser or a busy server never builds a backlog per session: memory
 * stays bounded by the changed rows, and the update that runs carries the latest state.
 */
final class PendingUpdate<T> {

  private final LinkedHashSet<T> changes = new LinkedHashSet<>();
  private long firstNanos;
  private boolean scheduled;

  /** Adds a batch; true when the caller must schedule a drain (none is waiting yet). */
  synchronized boolean add(LiveUpdates.Batch<T> batch) {
    if (changes.isEmpty()) {
      firstNanos = batch.firstNanos();
    }
    changes.addAll(batch.changes());
    if (scheduled) {
      return false;
    }
    scheduled = true;
    return true;
  }

  /** Everything merged so far, as one batch; empty when nothing is waiting. */
  synchronized Optional<LiveUpdates.Batch<T>> drain() {
    scheduled = false;
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    LiveUpdates.Batch<T> merged = new LiveUpdates.Batch<>(firstNanos, List.copyOf(changes));
    changes.clear();
    return Optional.of(merged);
  }
}
