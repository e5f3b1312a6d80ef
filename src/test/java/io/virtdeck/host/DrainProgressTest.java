package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.host.DrainProgress.Entry;
import io.virtdeck.host.DrainProgress.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrainProgressTest {

  private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");
  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");
  private static final ResourceKey DB = new ResourceKey("shop", "db-01");

  @Test
  void elapsedRunsWhileVmsLeaveAndStopsAtTheEnd() {
    var running =
        new DrainProgress(
            "worker-01",
            List.of(new Entry(WEB, State.DONE, ""), new Entry(DB, State.MIGRATING, "")),
            START,
            null);
    var finished =
        new DrainProgress(
            "worker-01",
            List.of(new Entry(WEB, State.DONE, ""), new Entry(DB, State.DONE, "")),
            START,
            START.plusSeconds(42));

    assertThat(running.elapsed(START.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
    assertThat(running.moved()).isEqualTo(1);
    assertThat(running.done()).isFalse();
    assertThat(finished.elapsed(START.plusSeconds(600))).isEqualTo(Duration.ofSeconds(42));
    assertThat(finished.done()).isTrue();
  }
}
