package io.virtdeck.task;

import io.virtdeck.cluster.UserIdentity;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import reactor.core.Disposable;

/**
 * Runs a step once a task has finished, on a thread of its own (never inside a task update): how
 * chained actions (power off, then revert, then power on; create a disk, then attach it) follow one
 * another.
 */
public final class TaskChain {

  private final TaskService tasks;

  public TaskChain(TaskService tasks) {
    this.tasks = tasks;
  }

  public void whenFinished(UserIdentity user, Task task, Consumer<Task> next) {
    AtomicBoolean fired = new AtomicBoolean();
    AtomicReference<Disposable> subscription = new AtomicReference<>();
    Consumer<Task> once =
        finished -> {
          if (fired.compareAndSet(false, true)) {
            Disposable s = subscription.get();
            if (s != null) {
              s.dispose();
            }
            Thread.ofVirtual().name("task-chain").start(() -> next.accept(finished));
          }
        };
    subscription.set(
        tasks
            .changes(user)
            .filter(t -> t.id().equals(task.id()) && t.status().finished())
            .subscribe(once));
    tasks.visibleTo(user).stream() // it may have finished before the subscription
        .filter(t -> t.id().equals(task.id()) && t.status().finished())
        .findFirst()
        .ifPresent(once);
    if (fired.get()) {
      subscription.get().dispose();
    }
  }
}
