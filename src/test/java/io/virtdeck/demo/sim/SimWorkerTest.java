package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimWorkerTest {

  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
  private final SimWorker worker = new SimWorker(executor, Duration.ofMillis(50));
  private final List<String> ran = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aKeyPendingOnceRunsOnceAndMayBeScheduledAgainAfterItRan() {
    executor.execute(
        () -> {
          worker.later("vm/a", () -> ran.add("first"));
          worker.later("vm/a", () -> ran.add("second"));
          worker.later("vm/b", () -> ran.add("other"));
        });
    await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 2);
    assertThat(ran).containsExactlyInAnyOrder("first", "other");

    executor.execute(() -> worker.later("vm/a", () -> ran.add("again")));
    await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("again"));
  }

  @Test
  void aFailingTaskDoesNotStopTheWorkerAndNothingRunsAfterShutdown() {
    worker.run(
        () -> {
          throw new IllegalStateException("a simulated step failed");
        });
    worker.run(() -> ran.add("next"));
    await().atMost(Duration.ofSeconds(10)).until(() -> ran.contains("next"));

    executor.shutdown();
    worker.run(() -> ran.add("after shutdown"));
    assertThat(ran).containsExactly("next");
  }
}
