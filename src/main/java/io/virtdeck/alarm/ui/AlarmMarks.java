package io.virtdeck.alarm.ui;

import io.virtdeck.alarm.Alarm;
import io.virtdeck.alarm.AlarmScope;
import io.virtdeck.alarm.AlarmSeverity;
import io.virtdeck.alarm.AlarmTarget;
import io.virtdeck.alarm.Alarms;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.ui.ObjectMarks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import reactor.core.publisher.Flux;

/**
 * The alarm triangles of rows: the worst severity of the alarms on the object that the user sees,
 * marked acknowledged when every one of them is.
 */
@org.springframework.stereotype.Component
class AlarmMarks implements ObjectMarks {

  private final Alarms alarms;

  AlarmMarks(Alarms alarms) {
    this.alarms = alarms;
  }

  @Override
  public Optional<Mark> of(UserScopes scopes, On on, String namespace, String name) {
    AlarmTarget target =
        switch (on) {
          case VM -> AlarmTarget.vm(namespace, name);
          case HOST -> AlarmTarget.host(name);
          case DATASTORE -> AlarmTarget.datastore(name);
          case FOLDER -> AlarmTarget.folder(namespace);
        };
    return mark(alarms.on(new AlarmScope(scopes), target));
  }

  static Optional<Mark> mark(List<Alarm> here) {
    if (here.isEmpty()) {
      return Optional.empty();
    }
    AlarmSeverity worst =
        here.stream().map(Alarm::severity).max(Enum::compareTo).orElse(AlarmSeverity.WARNING);
    boolean acknowledged = here.stream().allMatch(Alarm::acknowledged);
    return Optional.of(
        new Mark(
            worst.name().toLowerCase(Locale.ROOT),
            acknowledged,
            acknowledged ? "alarm.mark.acknowledged" : "alarm.mark.title",
            here.size()));
  }

  @Override
  public Flux<?> changes() {
    return alarms.changes();
  }
}
