package io.virtdeck.capture;

import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * One user's recording (a browser session keeps one): while on, every task that user starts is
 * appended in order; a task that fails is left out again, as the clicks changed nothing. Stopping
 * keeps what was recorded; clearing forgets it.
 */
public final class Recording implements AutoCloseable {

  private final String username;
  private final Map<String, Task> steps = new LinkedHashMap<>();
  private final Sinks.Many<List<Task>> changes = Sinks.many().replay().latest();
  private final Disposable subscription;
  private boolean on;

  Recording(TaskService tasks, UserIdentity user) {
    this.username = user.username();
    changes.tryEmitNext(List.of());
    // admins see everyone's tasks: only the user's own are theirs to record
    subscription =
        tasks
            .changes(user)
            .filter(t -> t.initiator().username().equals(username))
            .subscribe(this::seen);
  }

  private void seen(Task task) {
    synchronized (this) {
      boolean kept = steps.containsKey(task.id());
      if (!kept && on && task.status() == TaskStatus.QUEUED) {
        steps.put(task.id(), task);
      } else if (kept && task.status() == TaskStatus.FAILED) {
        steps.remove(task.id());
      } else {
        return;
      }
    }
    publish();
  }

  public void start() {
    synchronized (this) {
      on = true;
    }
    publish();
  }

  public void stop() {
    synchronized (this) {
      on = false;
    }
    publish();
  }

  public synchronized boolean recording() {
    return on;
  }

  public void clear() {
    synchronized (this) {
      steps.clear();
    }
    publish();
  }

  /** The recorded tasks in the order they were started. */
  public synchronized List<Task> steps() {
    return List.copyOf(steps.values());
  }

  /**
   * The recorded tasks after each change (and of the recording's state), latest first on subscribe.
   */
  public Flux<List<Task>> changes() {
    return changes.asFlux();
  }

  private void publish() {
    changes.emitNext(steps(), Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(100)));
  }

  @Override
  public void close() {
    subscription.dispose();
    changes.tryEmitComplete();
  }
}
