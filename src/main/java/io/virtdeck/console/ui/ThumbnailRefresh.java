package io.virtdeck.console.ui;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;

/**
 * Refreshes a thumbnail at once and then every {@code period}, but only while it is attached and
 * visible (its tab shown and the browser's page not hidden); stops as soon as either ends.
 */
final class ThumbnailRefresh {

  private final Duration period;
  private final Scheduler scheduler;
  private final Runnable refresh;
  private boolean attached;
  private boolean visible = true;
  private @Nullable Disposable running;

  ThumbnailRefresh(Duration period, Scheduler scheduler, Runnable refresh) {
    this.period = period;
    this.scheduler = scheduler;
    this.refresh = refresh;
  }

  synchronized void attached(boolean now) {
    attached = now;
    update();
  }

  synchronized void visible(boolean now) {
    visible = now;
    update();
  }

  synchronized boolean running() {
    return running != null;
  }

  private void update() {
    Disposable current = running;
    if (attached && visible && current == null) {
      running =
          Flux.interval(Duration.ZERO, period, scheduler)
              .onBackpressureDrop()
              .subscribe(tick -> refresh.run());
    } else if (!(attached && visible) && current != null) {
      current.dispose();
      running = null;
    }
  }
}
