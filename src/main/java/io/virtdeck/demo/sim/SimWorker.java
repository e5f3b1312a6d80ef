package io.virtdeck.demo.sim;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How a simulated controller uses the simulator's thread: runs its work there now, or once a delay
 * later (a step, or a few), at most one pending task per key so that repeated informer events do
 * not pile up. Failures are handled by {@link Tasks#guarded}. Used only on that one thread.
 */
final class SimWorker {

  private final ScheduledExecutorService worker;
  private final Duration delay;
  private final Set<String> scheduled = new HashSet<>();

  SimWorker(ScheduledExecutorService worker, Duration delay) {
    this.worker = worker;
    this.delay = delay;
  }

  /** Runs the task on the simulator's thread, unless it has shut down. */
  void run(Runnable task) {
    if (!worker.isShutdown()) {
      worker.execute(() -> Tasks.guarded(task));
    }
  }

  /** Runs the task one delay later, unless a task with the same key is pending. */
  void later(String key, Runnable task) {
    if (scheduled.add(key)) {
      Runnable once =
          () -> {
            scheduled.remove(key);
            task.run();
          };
      worker.schedule(() -> Tasks.guarded(once), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
