package io.virtdeck.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskTextsTest {

  private static final Instant QUEUED = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void queuedForIsTheWaitBeforeTheStartAsADuration() {
    Instant now = QUEUED.plusSeconds(3600);

    assertThat(TaskTexts.queuedFor(QUEUED, QUEUED.plusMillis(12), now)).isEqualTo("12 ms");
    assertThat(TaskTexts.queuedFor(QUEUED, QUEUED.plusMillis(4_700), now)).isEqualTo("4 s");
    assertThat(TaskTexts.queuedFor(QUEUED, QUEUED.plusSeconds(125), now)).isEqualTo("2 min 5 s");
  }

  @Test
  void aTaskNotStartedYetHasWaitedUntilNow() {
    assertThat(TaskTexts.queuedFor(QUEUED, null, QUEUED.plusMillis(250))).isEqualTo("250 ms");
  }
}
