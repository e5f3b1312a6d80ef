package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.Event;
import java.time.Instant;

/**
 * What every list of Kubernetes Events reads from one the same way: when it last happened (its last
 * timestamp, else its event time, first timestamp or creation) and who reported it (the source
 * component, else the reporting component of the newer Events API).
 */
public final class EventFields {

  private EventFields() {}

  /** When the Event last happened; the epoch when it carries no time at all. */
  public static Instant time(Event event) {
    for (String candidate :
        new String[] {
          event.getLastTimestamp(),
          event.getEventTime() == null ? null : event.getEventTime().getTime(),
          event.getFirstTimestamp(),
          event.getMetadata().getCreationTimestamp()
        }) {
      if (candidate != null && !candidate.isBlank()) {
        return Instant.parse(candidate);
      }
    }
    return Instant.EPOCH;
  }

  /** The component that reported the Event. */
  public static String source(Event event) {
    return event.getSource() == null || event.getSource().getComponent() == null
        ? String.valueOf(event.getReportingComponent())
        : event.getSource().getComponent();
  }
}
