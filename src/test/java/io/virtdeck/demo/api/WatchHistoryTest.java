package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounded history that resumed watches are answered from. */
class WatchHistoryTest {

  private static final String VMS = "kubevirt.io/v1/virtualmachines";

  @Test
  void answersTheEventsAfterAVersionUpToTheLatest() {
    var history = new WatchHistory(100);
    for (long version = 101; version <= 105; version++) {
      history.record(VMS, event(version));
    }

    assertThat(history.since(VMS, 102, 104))
        .extracting(WatchHistory.Event::version)
        .containsExactly(103L, 104L);
    assertThat(history.since(VMS, 105, 105)).isEmpty();
    assertThat(history.since("v1/pods", 102, 105)).as("a collection without changes").isEmpty();
  }

  @Test
  void versionsFromBeforeTheStartOrNeverHandedOutAreGone() {
    var history = new WatchHistory(100);
    history.record(VMS, event(101));

    assertThat(history.since(VMS, 99, 101)).isNull();
    assertThat(history.since(VMS, 102, 101)).isNull();
    assertThat(history.since(VMS, 100, 101)).hasSize(1);
  }

  @Test
  void keepsABoundedNumberOfEventsAndForgetsTheOldest() {
    var history = new WatchHistory(0);
    int total = WatchHistory.CAPACITY + 10;
    for (long version = 1; version <= total; version++) {
      history.record(VMS, event(version));
    }

    assertThat(history.since(VMS, 5, total)).as("events after 5 were dropped").isNull();
    assertThat(history.since(VMS, 10, total)).hasSize(WatchHistory.CAPACITY);
  }

  private static WatchHistory.Event event(long version) {
    return new WatchHistory.Event(version, "MODIFIED", null, null, "{}");
  }
}
