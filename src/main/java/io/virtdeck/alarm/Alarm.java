package io.virtdeck.alarm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One alarm on one object.
 *
 * @param id stable across refreshes: source, name and object
 * @param severity yellow or red
 * @param source Prometheus or a condition VirtDeck sees
 * @param target the object it is on
 * @param name the alert's name (Prometheus), or the i18n key of the condition
 * @param description what happened, in the words of Prometheus's annotations or of Kubernetes
 * @param since when it started firing (this occurrence)
 * @param state acknowledged by whom and when, or null
 */
public record Alarm(
    String id,
    AlarmSeverity severity,
    Source source,
    AlarmTarget target,
    String name,
    String description,
    Instant since,
    @Nullable AlarmState state) {

  /** Where an alarm comes from. */
  public enum Source {
    PROMETHEUS,
    CONDITION
  }

  Alarm with(@Nullable AlarmState newState) {
    return new Alarm(id, severity, source, target, name, description, since, newState);
  }

  public boolean acknowledged() {
    return state != null && state.kind() == AlarmState.Kind.ACKNOWLEDGED;
  }
}
