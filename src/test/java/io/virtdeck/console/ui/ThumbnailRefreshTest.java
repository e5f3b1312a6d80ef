package io.virtdeck.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/** The console thumbnail refreshes every few seconds only while it is attached and visible. */
class ThumbnailRefreshTest {

  private static final Duration PERIOD = Duration.ofSeconds(5);

  private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
  private final AtomicInteger refreshes = new AtomicInteger();
  private final ThumbnailRefresh refresh =
      new ThumbnailRefresh(PERIOD, time, refreshes::incrementAndGet);

  @AfterEach
  void stop() {
    time.dispose();
  }

  @Test
  void nothingIsFetchedBeforeTheThumbnailIsAttached() {
    time.advanceTimeBy(Duration.ofMinutes(1));
    assertThat(refreshes).hasValue(0);
  }

  @Test
  void anAttachedThumbnailRefreshesAtOnceAndThenEveryPeriod() {
    refresh.attached(true);
    time.advanceTime();
    assertThat(refreshes).hasValue(1);

    time.advanceTimeBy(PERIOD.multipliedBy(3));
    assertThat(refreshes).hasValue(4);
  }

  @Test
  void aDetachedThumbnailStopsRefreshing() {
    refresh.attached(true);
    time.advanceTimeBy(PERIOD);
    int before = refreshes.get();

    refresh.attached(false);
    time.advanceTimeBy(Duration.ofMinutes(1));
    assertThat(refreshes).hasValue(before);
    assertThat(refresh.running()).isFalse();
  }

  @Test
  void aHiddenThumbnailPausesAndRefreshesAtOnceWhenShownAgain() {
    refresh.attached(true);
    time.advanceTime();
    refresh.visible(false);
    time.advanceTimeBy(Duration.ofMinutes(1));
    assertThat(refreshes).hasValue(1);

    refresh.visible(true);
    time.advanceTime();
    assertThat(refreshes).hasValue(2);
    time.advanceTimeBy(PERIOD);
    assertThat(refreshes).hasValue(3);
  }

  @Test
  void attachingTwiceRunsOneRefreshLoop() {
    refresh.attached(true);
    refresh.attached(true);
    refresh.visible(true);
    time.advanceTimeBy(PERIOD);
    assertThat(refreshes).hasValue(2);
  }
}
