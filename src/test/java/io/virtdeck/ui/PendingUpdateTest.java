package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A lone change goes at once; a burst within a window of the last update waits and goes once. */
class PendingUpdateTest {

  private static final long MS = 1_000_000;
  private final PendingUpdate<String> pending = new PendingUpdate<>(BatchWindow.DEFAULT);

  @Test
  void theFirstChangeIsHandedOverAtOnce() {
    assertThat(pending.add("vm-1", 5 * MS)).isZero();

    assertThat(pending.drain(5 * MS))
        .hasValueSatisfying(batch -> assertThat(batch.changes()).containsExactly("vm-1"));
  }

  @Test
  void changesWithinAWindowOfTheLastUpdateWaitForItsEndAndGoTogetherEachOnce() {
    pending.add("vm-1", 0);
    pending.drain(0);

    assertThat(pending.add("vm-2", 50 * MS)).isEqualTo(100 * MS);
    assertThat(pending.add("vm-3", 60 * MS)).isEqualTo(PendingUpdate.ALREADY_SCHEDULED);
    assertThat(pending.add("vm-2", 70 * MS)).isEqualTo(PendingUpdate.ALREADY_SCHEDULED);

    assertThat(pending.drain(150 * MS))
        .hasValueSatisfying(
            batch -> {
              assertThat(batch.changes()).containsExactly("vm-2", "vm-3");
              assertThat(batch.firstNanos()).isEqualTo(50 * MS);
            });
    assertThat(pending.drain(160 * MS)).isEmpty();
  }

  @Test
  void aChangeAfterAQuietWindowIsHandedOverAtOnce() {
    pending.add("vm-1", 0);
    pending.drain(0);

    assertThat(pending.add("vm-2", 200 * MS)).isZero();
  }

  @Test
  void changesArrivingWhileTheUiIsBusyJoinTheOneWaitingUpdate() {
    assertThat(pending.add("vm-1", 0)).isZero();
    assertThat(pending.add("vm-2", 400 * MS)).isEqualTo(PendingUpdate.ALREADY_SCHEDULED);

    assertThat(pending.drain(500 * MS))
        .hasValueSatisfying(batch -> assertThat(batch.changes()).containsExactly("vm-1", "vm-2"));
    assertThat(pending.add("vm-3", 510 * MS)).isEqualTo(140 * MS);
  }

  @Test
  void aConfiguredWindowHoldsABurstForThatLong() {
    var shorter = new PendingUpdate<String>(new BatchWindow(Duration.ofMillis(50), false));
    shorter.add("vm-1", 0);
    shorter.drain(0);

    assertThat(shorter.add("vm-2", 10 * MS)).isEqualTo(40 * MS);
  }

  @Test
  void anAdaptiveWindowFollowsWhatTheLastUpdateCost() {
    var adaptive = new PendingUpdate<String>(new BatchWindow(Duration.ofMillis(150), true));
    adaptive.add("vm-1", 0);
    adaptive.drain(0);
    adaptive.handled(10 * MS); // cheap: the next burst waits four times that

    assertThat(adaptive.add("vm-2", 5 * MS)).isEqualTo(35 * MS);
    adaptive.drain(40 * MS);
    adaptive.handled(90 * MS); // under load: the full window again

    assertThat(adaptive.add("vm-3", 50 * MS)).isEqualTo(140 * MS);
  }

  @Test
  void aBatchRecordsHowLongAgoItsFirstChangeArrived() {
    pending.add("vm-1", System.nanoTime() - 40 * MS);
    Timer timer = Timer.builder(LiveUpdates.PUSH_LATENCY).register(new SimpleMeterRegistry());

    pending.drain(System.nanoTime()).orElseThrow().recordLatency(timer);

    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(40);
  }
}
