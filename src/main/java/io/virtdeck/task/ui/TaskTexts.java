package io.virtdeck.task.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.task.Message;
import io.virtdeck.task.Task;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How tasks read in the UI: translated names, statuses, failures and times. */
final class TaskTexts {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  private TaskTexts() {}

  static String name(Component c, Task task) {
    return c.getTranslation(task.titleKey());
  }

  static String status(Component c, Task task) {
    String status =
        c.getTranslation("task.status." + task.status().name().toLowerCase(Locale.ROOT));
    if (task.failure() != null) {
      return status + ": " + message(c, task.failure());
    }
    if (task.percent() >= 0 && !task.status().finished()) {
      return status + " (" + task.percent() + " %)";
    }
    return status;
  }

  static String message(Component c, Message message) {
    return c.getTranslation(message.key(), message.args().toArray());
  }

  /**
   * vCenter's "Queued For": how long the task waited before it started, as a duration; while it has
   * not started, how long it has waited so far.
   */
  static String queuedFor(Instant queued, @Nullable Instant started, Instant now) {
    Duration waited = Duration.between(queued, started != null ? started : now);
    if (waited.isNegative()) {
      waited = Duration.ZERO;
    }
    if (waited.toMillis() < 1000) {
      return waited.toMillis() + " ms";
    }
    if (waited.toSeconds() < 60) {
      return waited.toSeconds() + " s";
    }
    return waited.toMinutes() + " min " + waited.toSecondsPart() + " s";
  }

  static String time(@Nullable Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
