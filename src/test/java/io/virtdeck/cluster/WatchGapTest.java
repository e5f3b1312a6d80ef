package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.WatchGap.Change;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A watch seen running, then lost, then back is listed again once; contact is back after that. */
class WatchGapTest {

  private static final Instant T0 = Instant.parse("2026-12-07T10:42:00Z");

  @Test
  void lostResumedAndCaughtUp() {
    WatchGap gap = new WatchGap();
    assertThat(gap.observe(false, T0)).isEqualTo(Change.NONE); // still listing: no gap
    assertThat(gap.observe(true, T0)).isEqualTo(Change.NONE);
    assertThat(gap.lostAt()).isNull();

    assertThat(gap.observe(false, T0.plusSeconds(5))).isEqualTo(Change.LOST);
    assertThat(gap.observe(false, T0.plusSeconds(9))).isEqualTo(Change.NONE);
    assertThat(gap.lostAt()).isEqualTo(T0.plusSeconds(5));

    assertThat(gap.observe(true, T0.plusSeconds(60))).isEqualTo(Change.RESUMED);
    // the new informer lists before it watches: not a second gap, and contact is not back yet
    assertThat(gap.observe(false, T0.plusSeconds(61))).isEqualTo(Change.NONE);
    assertThat(gap.lostAt()).isEqualTo(T0.plusSeconds(5));
    assertThat(gap.observe(true, T0.plusSeconds(62))).isEqualTo(Change.CAUGHT_UP);
    assertThat(gap.lostAt()).isNull();

    assertThat(gap.observe(false, T0.plusSeconds(70))).isEqualTo(Change.LOST);
  }
}
