package io.virtdeck.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:07Z");

  @Test
  void realTimeIsTheLastHourEveryTwentySecondsOnAlignedTimes() {
    var range = TimeRange.last(TimeRange.Kind.REALTIME, NOW);

    assertThat(range.end()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z").getEpochSecond());
    assertThat(range.end() - range.start()).isEqualTo(3600);
    assertThat(range.step()).isEqualTo(20);
    assertThat(range.points()).isEqualTo(181);
    assertThat(range.window()).isEqualTo(120);
    assertThat(range.live()).isTrue();
  }

  @Test
  void sessionsAskingSecondsApartAskTheSameRange() {
    assertThat(TimeRange.last(TimeRange.Kind.DAY, NOW))
        .isEqualTo(TimeRange.last(TimeRange.Kind.DAY, NOW.plusSeconds(90)));
  }

  @Test
  void aMonthHasAboutThreeHundredPoints() {
    var range = TimeRange.last(TimeRange.Kind.MONTH, NOW);

    assertThat(range.points()).isBetween(300, 400);
    assertThat(range.live()).isFalse();
  }

  @Test
  void aCustomRangeIsCheckedAndGetsAboutThreeHundredPoints() {
    var ok = TimeRange.custom(NOW.minus(Duration.ofDays(3)), NOW, NOW);

    var range = ok.range().orElseThrow();
    assertThat(range.points()).isBetween(250, 320);
    assertThat(range.start() % range.step()).isZero();
    assertThat(TimeRange.custom(NOW, NOW.minusSeconds(1), NOW).problemKey())
        .isEqualTo("perf.range.invalid.order");
    assertThat(TimeRange.custom(NOW, NOW.plus(Duration.ofDays(1)), NOW).problemKey())
        .isEqualTo("perf.range.invalid.future");
    assertThat(TimeRange.custom(NOW.minus(Duration.ofDays(500)), NOW, NOW).problemKey())
        .isEqualTo("perf.range.invalid.long");
  }
}
