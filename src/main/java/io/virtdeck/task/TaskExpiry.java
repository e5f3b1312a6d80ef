package io.virtdeck.task;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfig;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Expires the tasks kept in the cluster once for all replicas: the replica holding the {@value
 * #LEASE} Lease ({@code coordination.k8s.io/v1}) in VirtDeck's namespace deletes, every expiry
 * interval, the tasks past {@link TaskRetention}'s rule. The Lease passes to another replica when
 * its holder stops or stops renewing it.
 */
@Component
@ConditionalOnProperty(
    name = "virtdeck.tasks.cluster.enabled",
    havingValue = "true",
    matchIfMissing = true)
public class TaskExpiry implements DisposableBean {

  /** The Lease's name. */
  public static final String LEASE = "virtdeck-task-expiry";

  private static final Logger log = LoggerFactory.getLogger(TaskExpiry.class);

  private final ClusterTasks tasks;
  private final TaskProperties retention;
  private final Clock clock;
  private final SharedTaskProperties properties;
  private final ScheduledExecutorService sweeper =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("task-expiry").unstarted(r));
  private final CompletableFuture<?> election;
  private volatile @Nullable ScheduledFuture<?> sweeping;

  public TaskExpiry(
      KubernetesClient client,
      ClusterTasks tasks,
      TaskProperties retention,
      SharedTaskProperties properties,
      Clock clock) {
    this.tasks = tasks;
    this.retention = retention;
    this.properties = properties;
    this.clock = clock;
    var lease = properties.leaseDuration();
    var config =
        new LeaderElectionConfig(
            new LeaseLock(properties.namespace(), LEASE, properties.replica()),
            lease,
            lease.multipliedBy(2).dividedBy(3),
            lease.dividedBy(5),
            new LeaderCallbacks(this::lead, this::follow, this::leaderIs),
            true,
            LEASE);
    election = client.leaderElector().withConfig(config).build().start();
  }

  /** Whether this replica holds the Lease and so expires the tasks. */
  public boolean leading() {
    return sweeping != null;
  }

  private void lead() {
    long every = properties.expiryInterval().toMillis();
    sweeping = sweeper.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.MILLISECONDS);
  }

  private void follow() {
    var current = sweeping;
    sweeping = null;
    if (current != null) {
      current.cancel(false);
    }
  }

  private void leaderIs(String replica) {
    log.info("Task expiry runs on replica {}", replica);
  }

  private void sweep() {
    try {
      var kept =
          tasks.kept().stream()
              .map(TaskObjects::fromObject)
              .flatMap(Optional::stream)
              .map(TaskObjects.Revision::task)
              .toList();
      TaskRetention.expired(kept, retention, clock.instant()).forEach(tasks::delete);
    } catch (RuntimeException failed) {
      log.warn(
          "Task expiry failed, trying again in {}: {}",
          properties.expiryInterval(),
          failed.toString());
    }
  }

  @Override
  public void destroy() {
    election.cancel(true); // gives the Lease up for the next replica
    follow();
    sweeper.shutdownNow();
  }
}
