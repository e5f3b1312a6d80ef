package io.virtdeck.cluster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InformerTasksTest {

  private final InformerTasks tasks = new InformerTasks();

  @Test
  void runsAChainOfTasksEachSchedulingTheNextInOrderAsAnInformerDoes() {
    Executor executor = tasks.get();
    List<Integer> ran = new ArrayList<>();
    var done = new CompletableFuture<Void>();

    executor.execute(new Chain(executor, ran, 0, 10_000, done));

    assertThat(done).succeedsWithin(30, TimeUnit.SECONDS);
    assertThat(ran).hasSize(10_000).isSorted();
    tasks.onClose(executor);
  }

  @Test
  void aTaskWaitingForAnotherTaskDoesNotStopIt() {
    Executor executor = tasks.get();
    var waited = new CompletableFuture<String>();

    executor.execute(
        () -> {
          var inner = new CompletableFuture<String>();
          executor.execute(() -> inner.complete("inner ran"));
          waited.complete(inner.join());
        });

    assertThat(waited).succeedsWithin(30, TimeUnit.SECONDS).isEqualTo("inner ran");
    tasks.onClose(executor);
  }

  @Test
  void itsThreadsAreNamedDaemonsAndStopWhenTheClientCloses() throws Exception {
    Executor executor = tasks.get();
    var thread = new CompletableFuture<Thread>();
    executor.execute(() -> thread.complete(Thread.currentThread()));

    assertThat(thread.get(30, TimeUnit.SECONDS))
        .satisfies(t -> assertThat(t.getName()).startsWith("informer-tasks-"))
        .satisfies(t -> assertThat(t.isDaemon()).isTrue());
    tasks.onClose(executor);
    assertThat(((ForkJoinPool) executor).awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  private record Chain(
      Executor executor, List<Integer> ran, int step, int steps, CompletableFuture<Void> done)
      implements Runnable {
    @Override
    public void run() {
      ran.add(step);
      if (step + 1 == steps) {
        done.complete(null);
      } else {
        executor.execute(new Chain(executor, ran, step + 1, steps, done));
      }
    }
  }
}
