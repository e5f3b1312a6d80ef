package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ApiResponse;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.Decision;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.security.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** Finished tasks are counted as {@code virtdeck.tasks}, tagged with action and result. */
class TaskMetricsTest {

  private static final UserIdentity ANN = UserIdentity.of("ann", List.of("staff"));

  private final AccessReviews reviews = mock(AccessReviews.class);
  private final UserRequests requests = mock(UserRequests.class);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final TaskService service = service();

  @AfterEach
  void stop() {
    service.destroy();
  }

  @Test
  void completedAndFailedTasksAreCountedByActionAndResult() {
    when(reviews.decide(any(), any())).thenReturn(Decision.ALLOWED);
    when(requests.send(any(), any()))
        .thenReturn(new ApiResponse(202, "", ""))
        .thenReturn(new ApiResponse(409, "Conflict", "VM is already running"));
    var completing = new TaskServiceTest.FakeOperation(Duration.ofMinutes(1));
    completing.outcome.set(Outcome.completed());

    service.submit(ANN, completing);
    await().until(() -> count("completed") == 1);
    service.submit(ANN, new TaskServiceTest.FakeOperation(Duration.ofMinutes(1)));
    await().until(() -> count("failed") == 1);

    assertThat(count("completed")).isEqualTo(1);
    assertThat(meters.find(TaskService.TASKS_METRIC).counters()).hasSize(2);
  }

  private double count(String result) {
    var counter =
        meters
            .find(TaskService.TASKS_METRIC)
            .tags("action", "task.power_on", "result", result)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private TaskService service() {
    ClusterCaches caches = mock(ClusterCaches.class);
    ResourceCache<?> empty = mock(ResourceCache.class);
    when(empty.changes()).thenReturn((Flux) Flux.never());
    when(caches.virtualMachines()).thenReturn((ResourceCache) empty);
    when(caches.virtualMachineInstances()).thenReturn((ResourceCache) empty);
    when(caches.snapshots()).thenReturn((ResourceCache) empty);
    when(caches.restores()).thenReturn((ResourceCache) empty);
    return new TaskService(
        reviews,
        requests,
        mock(AuditLog.class),
        caches,
        new TaskProperties(0, null, null),
        Clock.systemUTC(),
        meters);
  }
}
