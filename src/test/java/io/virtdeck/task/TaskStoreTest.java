package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.UserIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.BaseSubscriber;

/** Who sees which task, and every change reaching even a subscriber that falls behind. */
class TaskStoreTest {

  private static final UserIdentity ANN = UserIdentity.of("ann", List.of("staff"));
  private static final UserIdentity BOB = UserIdentity.of("bob", List.of("staff"));
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private final TaskStore store =
      new TaskStore(new TaskProperties(0, null, null), Clock.fixed(NOW, java.time.ZoneOffset.UTC));

  @Test
  void aSubscriberThatFallsBehindStillGetsEveryTaskChangeInOrder() {
    List<String> seen = new CopyOnWriteArrayList<>();
    var slow =
        new BaseSubscriber<Task>() {
          @Override
          protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
            // asks for nothing yet: a UI busy elsewhere
          }

          @Override
          protected void hookOnNext(Task task) {
            seen.add(task.id());
          }
        };
    store.changes(ANN).subscribe(slow);

    IntStream.range(0, 300).forEach(i -> store.publish(task("t-" + i, ANN)));
    slow.request(Long.MAX_VALUE);

    assertThat(seen).hasSize(300).startsWith("t-0").endsWith("t-299");
  }

  @Test
  void aUserSeesOnlyTheirOwnTasksUnlessAnAdmin() {
    store.publish(task("ann-1", ANN));
    store.publish(task("bob-1", BOB));

    assertThat(store.visibleTo(ANN)).extracting(Task::id).containsExactly("ann-1");
    assertThat(store.visibleTo(UserIdentity.of("root", List.of("virtdeck:admins"))))
        .extracting(Task::id)
        .containsExactlyInAnyOrder("ann-1", "bob-1");
  }

  private static Task task(String id, UserIdentity initiator) {
    return TaskObjectsTest.powerOn(id, initiator, NOW, TaskStatus.QUEUED);
  }
}
