package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ApiResponse;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.Decision;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.security.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** The task state machine: queued, running, completed or failed with a sentence, or timed out. */
class TaskServiceTest {

  private static final UserIdentity ANN = UserIdentity.of("ann", List.of("staff"));
  private static final UserIdentity BOB = UserIdentity.of("bob", List.of("staff"));
  private static final UserIdentity ADMIN = UserIdentity.of("root", List.of("virtdeck:admins"));

  private final AccessReviews reviews = mock(AccessReviews.class);
  private final UserRequests requests = mock(UserRequests.class);
  private final AuditLog audit = mock(AuditLog.class);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private TaskService service;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void start() {
    ClusterCaches caches = mock(ClusterCaches.class);
    ResourceCache<?> empty = mock(ResourceCache.class);
    when(empty.changes()).thenReturn((Flux) Flux.never());
    when(caches.virtualMachines()).thenReturn((ResourceCache) empty);
    when(caches.virtualMachineInstances()).thenReturn((ResourceCache) empty);
    when(caches.snapshots()).thenReturn((ResourceCache) empty);
    when(caches.restores()).thenReturn((ResourceCache) empty);
    service =
        new TaskService(
            reviews,
            requests,
            audit,
            caches,
            new TaskProperties(0, null, null),
            Clock.systemUTC(),
            meters);
  }

  @AfterEach
  void stop() {
    service.destroy();
  }

  @Test
  void taskCompletesWhenTheCacheShowsTheTargetState() {
    when(reviews.decide(any(), any())).thenReturn(Decision.ALLOWED);
    when(requests.send(any(), any())).thenReturn(new ApiResponse(202, "", ""));
    FakeOperation operation = new FakeOperation(Duration.ofMinutes(1));

    Task task = service.submit(ANN, operation);
    assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
    await().until(() -> status(task) == TaskStatus.RUNNING);
    operation.outcome.set(Outcome.completed());

    await().until(() -> status(task) == TaskStatus.COMPLETED);
    Task done = latest(task);
    assertThat(done.started()).isNotNull();
    assertThat(done.completed()).isNotNull();
    assertThat(done.yamlAfter()).isEqualTo("after");
    // the task is published finished just before its audit line is written
    await().untilAsserted(() -> verify(audit).record(any(), any(), any(), any()));
  }

  @Test
  void forbiddenOperationIsRefusedBeforeAnythingIsSent() {
    when(reviews.decide(any(), any())).thenReturn(Decision.DENIED);

    Task task = service.submit(ANN, new FakeOperation(Duration.ofMinutes(1)));

    await().until(() -> status(task) == TaskStatus.FAILED);
    assertThat(latest(task).failure().key()).isEqualTo("task.failed.forbidden");
    verify(requests, never()).send(any(), any());
  }

  @Test
  void aReviewWithoutAnAnswerSaysTheClusterCouldNotBeReachedNotForbidden() {
    when(reviews.decide(any(), any())).thenReturn(Decision.UNKNOWN);

    Task task = service.submit(ANN, new FakeOperation(Duration.ofMinutes(1)));

    await().until(() -> status(task) == TaskStatus.FAILED);
    assertThat(latest(task).failure().key()).isEqualTo("task.failed.unreachable.review");
    verify(requests, never()).send(any(), any());
    verify(audit)
        .record(
            any(),
            any(),
            any(),
            org.mockito.ArgumentMatchers.argThat(
                result -> result.contains("unreachable") && !result.contains("forbidden")));
  }

  @Test
  void conflictFromTheApiBecomesASentence() {
    when(reviews.decide(any(), any())).thenReturn(Decision.ALLOWED);
    when(requests.send(any(), any()))
        .thenReturn(new ApiResponse(409, "Conflict", "VM is already running"));

    Task task = service.submit(ANN, new FakeOperation(Duration.ofMinutes(1)));

    await().until(() -> status(task) == TaskStatus.FAILED);
    assertThat(latest(task).failure())
        .isEqualTo(Message.of("task.failed.conflict", "VM is already running"));
  }

  @Test
  void taskThatNeverArrivesTimesOut() {
    when(reviews.decide(any(), any())).thenReturn(Decision.ALLOWED);
    when(requests.send(any(), any())).thenReturn(new ApiResponse(202, "", ""));

    Task task = service.submit(ANN, new FakeOperation(Duration.ofMillis(200)));

    await().atMost(Duration.ofSeconds(10)).until(() -> status(task) == TaskStatus.FAILED);
    assertThat(latest(task).failure())
        .isEqualTo(Message.of("task.failed.timeout", "0", "VirtualMachine shop/web-01"));
  }

  @Test
  void usersSeeTheirOwnTasksAndAdminsEveryones() {
    when(reviews.decide(any(), any())).thenReturn(Decision.DENIED);
    service.submit(ANN, new FakeOperation(Duration.ofMinutes(1)));

    assertThat(service.visibleTo(ANN)).hasSize(1);
    assertThat(service.visibleTo(BOB)).isEmpty();
    assertThat(service.visibleTo(ADMIN)).hasSize(1);
  }

  private TaskStatus status(Task task) {
    return latest(task).status();
  }

  private Task latest(Task task) {
    return service.visibleTo(task.initiator()).stream()
        .filter(t -> t.id().equals(task.id()))
        .findFirst()
        .orElseThrow();
  }

  static final class FakeOperation implements Operation {
    final AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.pending());
    private final Duration timeout;
    private int yamlCalls;

    FakeOperation(Duration timeout) {
      this.timeout = timeout;
    }

    @Override
    public String titleKey() {
      return "task.power_on";
    }

    @Override
    public ResourceKey target() {
      return new ResourceKey("shop", "web-01");
    }

    @Override
    public String targetKind() {
      return "VirtualMachine";
    }

    @Override
    public AccessRequest access() {
      return AccessRequest.of("update", "subresources.kubevirt.io", "virtualmachines");
    }

    @Override
    public ApiCall call() {
      return ApiCall.put("/apis/x", "{}");
    }

    @Override
    public List<String> commands() {
      return List.of("virtctl start web-01 -n shop");
    }

    @Override
    public synchronized String currentYaml() {
      return yamlCalls++ == 0 ? "before" : "after";
    }

    @Override
    public Outcome progress() {
      return outcome.get();
    }

    @Override
    public Duration timeout() {
      return timeout;
    }
  }
}
