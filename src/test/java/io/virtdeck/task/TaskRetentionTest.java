package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.UserIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which tasks expire: finished ones past the age, then the oldest finished beyond the count. */
class TaskRetentionTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final UserIdentity ANN = UserIdentity.of("ann", List.of());

  @Test
  void finishedTasksOlderThanTheMaximumAgeExpireButRunningOnesStay() {
    Instant dayAgo = NOW.minus(Duration.ofHours(25));
    Task old = TaskObjectsTest.powerOn("old", ANN, dayAgo, TaskStatus.COMPLETED);
    Task oldRunning = TaskObjectsTest.powerOn("old-running", ANN, dayAgo, TaskStatus.RUNNING);
    Task recent = TaskObjectsTest.powerOn("recent", ANN, NOW.minusSeconds(3600), TaskStatus.FAILED);

    var expired =
        TaskRetention.expired(
            List.of(old, oldRunning, recent), new TaskProperties(0, null, null), NOW);

    assertThat(expired).containsExactly("old");
  }

  @Test
  void beyondTheMaximumCountTheOldestFinishedTasksExpire() {
    var tasks =
        List.of(
            TaskObjectsTest.powerOn("t1", ANN, NOW.minusSeconds(30), TaskStatus.COMPLETED),
            TaskObjectsTest.powerOn("t2", ANN, NOW.minusSeconds(20), TaskStatus.COMPLETED),
            TaskObjectsTest.powerOn("t3", ANN, NOW.minusSeconds(10), TaskStatus.COMPLETED));

    var expired = TaskRetention.expired(tasks, new TaskProperties(2, null, null), NOW);

    assertThat(expired).containsExactly("t1");
  }
}
