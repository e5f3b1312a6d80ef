package io.virtdeck.task;

import io.virtdeck.cluster.UserIdentity;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The server's tasks, bounded by count and age, with who may see which: the initiator, and the
 * admin groups everyone's.
 */
final class TaskStore {

  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final Sinks.Many<Task> changes = Sinks.many().multicast().directBestEffort();
  private final TaskProperties properties;
  private final Clock clock;

  TaskStore(TaskProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  Optional<Task> get(String id) {
    return Optional.ofNullable(tasks.get(id));
  }

  /** A task of this replica, or one kept in the cluster by any replica: shown, and announced. */
  void publish(Task task) {
    tasks.put(task.id(), task);
    prune();
    changes.emitNext(task, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
  }

  private void prune() {
    TaskRetention.expired(tasks.values(), properties, clock.instant()).forEach(tasks::remove);
  }

  /** Forgets a task that expired from the cluster. */
  void remove(String id) {
    tasks.remove(id);
  }

  List<Task> visibleTo(UserIdentity user) {
    return tasks.values().stream()
        .filter(t -> maySee(user, t))
        .sorted(Comparator.comparing(Task::queued).reversed())
        .toList();
  }

  /** Task changes the user may see; a slow subscriber buffers its own lag, none is dropped. */
  Flux<Task> changes(UserIdentity user) {
    return changes.asFlux().onBackpressureBuffer().filter(t -> maySee(user, t));
  }

  boolean maySee(UserIdentity user, Task task) {
    return task.initiator().username().equals(user.username())
        || user.groups().stream().anyMatch(properties.adminGroups()::contains);
  }
}
