package io.virtdeck.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskProperties;
import io.virtdeck.task.TaskService;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** A recording keeps the user's own tasks started while it is on, in order, without failed ones. */
class RecordingTest {

  private static final UserIdentity ANN = UserIdentity.of("ann", List.of("staff"));
  private static final UserIdentity ADMIN = UserIdentity.of("root", List.of("virtdeck:admins"));

  private final AccessReviews reviews = mock(AccessReviews.class);
  private final UserRequests requests = mock(UserRequests.class);
  private TaskService tasks;
  private Recording recording;

  @BeforeEach
  @SuppressWarnings({"unchecked", "rawtypes"})
  void start() {
    ClusterCaches caches = mock(ClusterCaches.class);
    ResourceCache<?> empty = mock(ResourceCache.class);
    when(empty.changes()).thenReturn((Flux) Flux.never());
    when(caches.virtualMachines()).thenReturn((ResourceCache) empty);
    when(caches.virtualMachineInstances()).thenReturn((ResourceCache) empty);
    when(caches.snapshots()).thenReturn((ResourceCache) empty);
    when(caches.restores()).thenReturn((ResourceCache) empty);
    when(reviews.decide(any(), any())).thenReturn(Decision.ALLOWED);
    when(requests.send(any(), any())).thenReturn(new ApiResponse(202, "", ""));
    tasks =
        new TaskService(
            reviews,
            requests,
            mock(AuditLog.class),
            caches,
            new TaskProperties(0, null, null),
            Clock.systemUTC(),
            new SimpleMeterRegistry());
    recording = new CodeCapture(tasks).newRecording(ADMIN);
  }

  @AfterEach
  void stop() {
    recording.close();
    tasks.destroy();
  }

  @Test
  void keepsTheUsersTasksStartedWhileOnInOrder() {
    tasks.submit(ADMIN, new Start("before"));
    recording.start();
    tasks.submit(ADMIN, new Start("web-01"));
    tasks.submit(ANN, new Start("anns-vm")); // the admin sees it, but it is not theirs
    tasks.submit(ADMIN, new Start("web-02"));

    await().until(() -> recording.steps().size() == 2);
    assertThat(recording.steps())
        .extracting(t -> t.target().name())
        .containsExactly("web-01", "web-02");
    assertThat(recording.steps().getFirst().script().kubectl())
        .isEqualTo(
            "kubectl replace --raw"
                + " /apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/start"
                + " -f - <<< '{}'");
  }

  @Test
  void stopKeepsWhatWasRecordedAndClearForgetsIt() {
    recording.start();
    tasks.submit(ADMIN, new Start("web-01"));
    await().until(() -> recording.steps().size() == 1);
    recording.stop();
    tasks.submit(ADMIN, new Start("web-02"));
    Task third = tasks.submit(ADMIN, new Start("web-03"));
    await()
        .until(
            () ->
                tasks.visibleTo(ADMIN).stream()
                    .anyMatch(t -> t.id().equals(third.id()) && t.status().finished()));

    assertThat(recording.recording()).isFalse();
    assertThat(recording.steps()).extracting(t -> t.target().name()).containsExactly("web-01");
    recording.clear();
    assertThat(recording.steps()).isEmpty();
  }

  @Test
  void aTaskThatFailsIsLeftOut() {
    when(requests.send(any(), eq(new Start("broken").call())))
        .thenReturn(new ApiResponse(403, "Forbidden", "{}"));
    recording.start();
    tasks.submit(ADMIN, new Start("web-01"));
    Task broken = tasks.submit(ADMIN, new Start("broken"));
    tasks.submit(ADMIN, new Start("web-02"));

    await()
        .until(
            () ->
                tasks.visibleTo(ADMIN).stream()
                    .anyMatch(t -> t.id().equals(broken.id()) && t.status().finished()));
    await().until(() -> recording.steps().size() == 2);
    assertThat(recording.steps())
        .extracting(t -> t.target().name())
        .containsExactly("web-01", "web-02");
  }

  @Test
  void changesTellTheLatestSteps() {
    recording.start();
    tasks.submit(ADMIN, new Start("web-01"));

    await().until(() -> recording.changes().blockFirst().size() == 1);
  }

  /** A VM start that completes at once. */
  private record Start(String vm) implements Operation {
    @Override
    public String titleKey() {
      return "task.power_on";
    }

    @Override
    public ResourceKey target() {
      return new ResourceKey("shop", vm);
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
      return ApiCall.put(
          "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/" + vm + "/start",
          "{}");
    }

    @Override
    public List<String> commands() {
      return List.of();
    }

    @Override
    public String currentYaml() {
      return "";
    }

    @Override
    public Outcome progress() {
      return Outcome.completed();
    }
  }
}
