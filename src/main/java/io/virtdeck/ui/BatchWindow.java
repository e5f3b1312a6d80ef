package io.virtdeck.ui;

import java.time.Duration;

/**
 * How long a view's live updates are held together after the last one ({@link PendingUpdate}). A
 * fixed window is always {@code max}. An adaptive one follows what the last update cost, from when
 * it was due until the view had handled it (waiting for the session and a core included): {@value
 * #COST_FACTOR} times that, at least {@link #FLOOR} and at most {@code max}. On an idle server a
 * burst of changes then reaches the browser a few frames apart; under load the updates spread out
 * to the full window again, so a session never spends more than about a fifth of its time on them.
 */
public record BatchWindow(Duration max, boolean adaptive) {

  /** The window when nothing is configured. */
  public static final BatchWindow DEFAULT = new BatchWindow(Duration.ofMillis(150), false);

  /** The shortest adaptive window: a little over one frame of a 60 Hz screen. */
  static final Duration FLOOR = Duration.ofMillis(20);

  /** An adaptive window is this many times the last update's cost. */
  static final int COST_FACTOR = 4;

  public BatchWindow {
    if (max.isNegative()) {
      throw new IllegalArgumentException("a batch window cannot be negative: " + max);
    }
  }

  /** The window in nanoseconds after an update that cost {@code lastCostNanos}. */
  long nanos(long lastCostNanos) {
    long maxNanos = max.toNanos();
    if (!adaptive) {
      return maxNanos;
    }
    long floor = Math.min(FLOOR.toNanos(), maxNanos);
    return Math.max(floor, Math.min(maxNanos, COST_FACTOR * lastCostNanos));
  }
}
