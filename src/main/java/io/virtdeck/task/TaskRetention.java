package io.virtdeck.task;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which finished tasks are past keeping: older than the maximum age, or the oldest beyond the
 * maximum count. Unfinished tasks are always kept. The same rule prunes each replica's memory and,
 * run once by the holder of the expiry Lease, the tasks kept in the cluster.
 */
final class TaskRetention {

  private TaskRetention() {}

  /** The ids of the tasks to forget at {@code now}. */
  static List<String> expired(Collection<Task> tasks, TaskProperties properties, Instant now) {
    Instant oldest = now.minus(properties.maxAge());
    List<Task> tooOld =
        tasks.stream().filter(t -> t.status().finished() && t.queued().isBefore(oldest)).toList();
    int over = tasks.size() - tooOld.size() - properties.maxCount();
    Stream<Task> beyondCount =
        over <= 0
            ? Stream.empty()
            : tasks.stream()
                .filter(t -> t.status().finished() && !t.queued().isBefore(oldest))
                .sorted(Comparator.comparing(Task::queued))
                .limit(over);
    return Stream.concat(tooOld.stream(), beyondCount).map(Task::id).toList();
  }
}
