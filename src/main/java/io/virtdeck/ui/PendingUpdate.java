package io.virtdeck.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The one update a view has waiting for its UI, and when it may run. A change that arrives after a
 * quiet window is handed over at once; changes within a window of the last hand-over wait for that
 * window's end and go together, each once (coalesced), so a view gets at most one update per window
 * however fast its stream runs, and a lone change waits for nothing. Changes that arrive while the
 * UI has not yet run the waiting update join it instead of queueing another {@code ui.access}: a
 * slow browser or a busy server never builds a backlog per session; memory stays bounded by the
 * changed rows, and the update that runs carries the latest state. The window is fixed, or follows
 * the cost of the last update ({@link BatchWindow}).
 */
final class PendingUpdate<T> {

  /** Returned by {@link #add} when an update is already waiting. */
  static final long ALREADY_SCHEDULED = -1;

  private final BatchWindow window;
  private final LinkedHashSet<T> changes = new LinkedHashSet<>();
  private long firstNanos;
  private boolean scheduled;
  private boolean drained;
  private long lastDrainNanos;
  private long lastCostNanos;

  PendingUpdate(BatchWindow window) {
    this.window = window;
  }

  /**
   * Adds a change that arrived at {@code nowNanos}: the delay in nanoseconds after which the caller
   * must run {@link #drain} (0: at once), or {@link #ALREADY_SCHEDULED}.
   */
  synchronized long add(T change, long nowNanos) {
    if (changes.isEmpty()) {
      firstNanos = nowNanos;
    }
    changes.add(change);
    if (scheduled) {
      return ALREADY_SCHEDULED;
    }
    scheduled = true;
    return drained ? Math.max(0, lastDrainNanos + window.nanos(lastCostNanos) - nowNanos) : 0;
  }

  /**
   * Notes what the last update cost: from when it was due until the view had handled it. An
   * adaptive window follows it.
   */
  synchronized void handled(long costNanos) {
    lastCostNanos = costNanos;
  }

  /** Everything added since the last drain, as one batch; empty when nothing is waiting. */
  synchronized Optional<LiveUpdates.Batch<T>> drain(long nowNanos) {
    scheduled = false;
    drained = true;
    lastDrainNanos = nowNanos;
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    LiveUpdates.Batch<T> merged = new LiveUpdates.Batch<>(firstNanos, List.copyOf(changes));
    changes.clear();
    return Optional.of(merged);
  }
}
