package io.virtdeck.cluster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Follows whether one informer watches, from samples taken a few times a second, and says when a
 * watch was lost, when it came back (time to list again) and when the new informer watches. Only a
 * watch seen running can be lost: an informer that is still listing or starting its first watch is
 * not in a gap.
 */
final class WatchGap {

  /** What a sample changed. */
  enum Change {
    NONE,
    /** The watch stopped. */
    LOST,
    /** The lost watch runs again: the kind must be listed again. */
    RESUMED,
    /** The informer that listed again watches: contact is back. */
    CAUGHT_UP
  }

  private enum State {
    STARTING,
    WATCHING,
    LOST,
    RELISTING
  }

  private State state = State.STARTING;
  private volatile @Nullable Instant lostAt;

  synchronized Change observe(boolean watching, Instant now) {
    switch (state) {
      case STARTING -> {
        if (watching) {
          state = State.WATCHING;
        }
        return Change.NONE;
      }
      case WATCHING -> {
        if (watching) {
          return Change.NONE;
        }
        state = State.LOST;
        lostAt = now;
        return Change.LOST;
      }
      case LOST -> {
        if (!watching) {
          return Change.NONE;
        }
        state = State.RELISTING;
        return Change.RESUMED;
      }
      case RELISTING -> {
        // the sample after RESUMED is of the new informer, which must list before it watches
        if (!watching) {
          return Change.NONE;
        }
        state = State.WATCHING;
        lostAt = null;
        return Change.CAUGHT_UP;
      }
    }
    return Change.NONE;
  }

  /** Whether a running watch has been seen and not lost since. */
  synchronized boolean watching() {
    return state == State.WATCHING;
  }

  /** When the watch was lost, while contact is not back; null otherwise. */
  @Nullable Instant lostAt() {
    return lostAt;
  }
}
