package io.virtdeck.task;

import io.micrometer.core.instrument.MeterRegistry;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ApiResponse;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserRequests;
import io.virtdeck.security.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Runs operations as their user and keeps their tasks on the server: checks the permission again
 * before sending, sends the request, follows the cache until the target state, a failure or the
 * timeout, audits the result and counts it ({@value #TASKS_METRIC}, tagged with the action and its
 * result).
 */
@Service
public class TaskService implements DisposableBean {

  /** Counter of finished tasks, tagged {@code action} (the title key) and {@code result}. */
  public static final String TASKS_METRIC = "virtdeck.tasks";

  private static final Object ANY = new Object();

  private final AccessReviews reviews;
  private final UserRequests requests;
  private final AuditLog audit;
  private final Clock clock;
  private final MeterRegistry meters;
  private final TaskStore store;
  private final @Nullable ClusterTasks shared;
  private final Map<String, Operation> running = new ConcurrentHashMap<>();
  private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));
  private final Disposable triggers;

  /** Tasks kept in this JVM only: one replica. */
  public TaskService(
      AccessReviews reviews,
      UserRequests requests,
      AuditLog audit,
      ClusterCaches caches,
      TaskProperties properties,
      Clock clock,
      MeterRegistry meters) {
    this(reviews, requests, audit, caches, properties, clock, meters, Optional.empty());
  }

  /** With {@code shared}, tasks are kept in the cluster and every replica shows all of them. */
  @Autowired
  public TaskService(
      AccessReviews reviews,
      UserRequests requests,
      AuditLog audit,
      ClusterCaches caches,
      TaskProperties properties,
      Clock clock,
      MeterRegistry meters,
      Optional<ClusterTasks> shared) {
    this.shared = shared.orElse(null);
    this.reviews = reviews;
    this.meters = meters;
    this.requests = requests;
    this.audit = audit;
    this.store = new TaskStore(properties, clock);
    this.clock = clock;
    if (this.shared != null) {
      this.shared.connect(store);
    }
    triggers =
        Flux.<Object>merge(
                caches.virtualMachines().changes().map(ResourceEvent::key),
                caches.virtualMachineInstances().changes().map(ResourceEvent::key),
                caches.snapshots().changes().map(e -> ANY), // their tasks target the VM
                caches.restores().changes().map(e -> ANY))
            // most changes come while no task runs (the first lists, churn): nothing to check
            .filter(key -> !running.isEmpty())
            .subscribe(key -> ticker.execute(() -> checkRunning(key == ANY ? null : key)));
    ticker.scheduleWithFixedDelay(() -> checkRunning(null), 1, 1, TimeUnit.SECONDS);
  }

  /** Queues an operation for {@code user}; the task is returned at once and then updated. */
  public Task submit(UserIdentity user, Operation operation) {
    Task task =
        new Task(
            UUID.randomUUID().toString(),
            operation.titleKey(),
            operation.target(),
            operation.targetKind(),
            user,
            TaskStatus.QUEUED,
            -1,
            null,
            clock.instant(),
            null,
            null,
            operation.shownCall(),
            operation.commands(),
            operation.currentYaml(),
            "",
            operation.script());
    publish(task);
    senders.execute(() -> send(task, operation));
    return task;
  }

  private void send(Task task, Operation operation) {
    switch (reviews.decide(task.initiator(), operation.access())) {
      case ALLOWED -> {}
      case DENIED -> {
        finish(task, operation, Message.of("task.failed.forbidden", operation.access().describe()));
        return;
      }
      case UNKNOWN -> {
        // the review got no answer: the cluster is unreachable or too slow, not refusing
        finish(task, operation, Message.of("task.failed.unreachable.review"));
        return;
      }
    }
    // asked only of users who may do it: the reason may tell what they could not otherwise see
    Optional<Message> refused = operation.refusal();
    if (refused.isPresent()) {
      finish(task, operation, refused.get());
      return;
    }
    Task sending = update(task, TaskStatus.RUNNING, -1, null);
    ApiResponse response = requests.send(task.initiator(), operation.call());
    if (!response.successful()) {
      finish(sending, operation, ApiErrors.sentence(response));
      return;
    }
    running.put(task.id(), operation);
    ticker.execute(() -> checkRunning(operation.target()));
  }

  private void checkRunning(@Nullable Object key) {
    running.forEach(
        (id, operation) -> {
          if (key != null && !key.equals(operation.target())) {
            return;
          }
          Task task = store.get(id).orElse(null);
          if (task == null) {
            running.remove(id);
            return;
          }
          Outcome outcome = operation.progress();
          switch (outcome) {
            case Outcome.Completed done -> finish(task, operation, null);
            case Outcome.Failed failed -> finish(task, operation, failed.reason());
            case Outcome.Pending pending -> {
              if (timedOut(task, operation.timeout())) {
                finish(
                    task,
                    operation,
                    Message.of(
                        "task.failed.timeout",
                        String.valueOf(operation.timeout().toSeconds()),
                        operation.awaited()));
              } else if (pending.percent() != task.percent()) {
                update(task, TaskStatus.RUNNING, pending.percent(), null);
              }
            }
          }
        });
  }

  private boolean timedOut(Task task, Duration timeout) {
    return task.started() != null && clock.instant().isAfter(task.started().plus(timeout));
  }

  private void finish(Task task, Operation operation, @Nullable Message failure) {
    running.remove(task.id());
    Task done =
        task.withYamlAfter(operation.currentYaml())
            .with(
                failure == null ? TaskStatus.COMPLETED : TaskStatus.FAILED,
                100,
                failure,
                clock.instant());
    publish(done);
    meters
        .counter(
            TASKS_METRIC,
            "action",
            task.titleKey(),
            "result",
            failure == null ? "completed" : "failed")
        .increment();
    audit.record(
        task.initiator(),
        task.titleKey(),
        task.targetKind() + " " + task.target(),
        failure == null ? "Completed" : "Failed: " + failure.key() + " " + failure.args());
  }

  private Task update(Task task, TaskStatus status, int percent, @Nullable Message failure) {
    Task updated = task.with(status, percent, failure, clock.instant());
    publish(updated);
    return updated;
  }

  private void publish(Task task) {
    store.publish(task);
    if (shared != null) {
      shared.save(task);
    }
  }

  /** The tasks {@code user} may see, newest first: their own, or everyone's for admins. */
  public List<Task> visibleTo(UserIdentity user) {
    return store.visibleTo(user);
  }

  /** Changes of tasks {@code user} may see. */
  public Flux<Task> changes(UserIdentity user) {
    return store.changes(user);
  }

  @Override
  public void destroy() {
    triggers.dispose();
    ticker.shutdownNow();
    senders.shutdownNow();
  }
}
