package io.virtdeck.storage;

import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import reactor.core.Disposable;

/** Runs a step once a task has finished, on a thread of its own (never inside a task update). */
final class StorageChain {

  private final TaskService tasks;

  StorageChain(TaskService tasks) {
    this.tasks = tasks;
  }

  void whenFinished(UserIdentity user, Task task, Consumer<Task> next) {
    AtomicBoolean fired = new AtomicBoolean();
    AtomicReference<Disposable> subscription = new AtomicReference<>();
    Consumer<Task> once =
        finished -> {
          if (fired.compareAndSet(false, true)) {
            Disposable s = subscription.get();
            if (s != null) {
              s.dispose();
            }
            Thread.ofVirtual().name("storage-chain").start(() -> next.accept(finished));
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
