package io.virtdeck.cluster.internal;

import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The executor of the shared client's tasks: informer notifications and watch events. fabric8's
 * default, a cached thread pool, hands every task to another parked thread (each informer runs its
 * notifications one after another, each scheduling the next): on a large cluster the informers'
 * first notifications become as many thread hand-offs, and VirtDeck's handlers fall far behind the
 * lists. A work-stealing pool runs a task scheduled by a running task on the same thread next;
 * waits on futures inside a task add threads as the common pool does.
 */
public final class InformerTasks implements KubernetesClientBuilder.ExecutorSupplier {

  @Override
  public Executor get() {
    return new ForkJoinPool(
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        pool -> {
          var thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
          thread.setName("informer-tasks-" + thread.getPoolIndex());
          thread.setDaemon(true);
          return thread;
        },
        null,
        true);
  }

  @Override
  public void onClose(Executor executor) {
    ((ForkJoinPool) executor).shutdownNow();
  }
}
