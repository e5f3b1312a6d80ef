package io.virtdeck.alarm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.alarm.Alarm;
import io.virtdeck.alarm.AlarmSeverity;
import io.virtdeck.alarm.AlarmState;
import io.virtdeck.alarm.AlarmTarget;
import io.virtdeck.ui.ObjectMarks;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmMarksTest {

  private static Alarm alarm(AlarmSeverity severity, boolean acknowledged) {
    return new Alarm(
        "id-" + severity + acknowledged,
        severity,
        Alarm.Source.PROMETHEUS,
        AlarmTarget.vm("shop", "web-01"),
        "X",
        "",
        Instant.EPOCH,
        acknowledged
            ? new AlarmState(
                "id", AlarmState.Kind.ACKNOWLEDGED, "operator", Instant.EPOCH, Instant.EPOCH)
            : null);
  }

  @Test
  void theMarkIsTheWorstSeverityDimmedOnlyWhenEveryAlarmIsAcknowledged() {
    assertThat(AlarmMarks.mark(List.of())).isEmpty();
    assertThat(
            AlarmMarks.mark(
                List.of(alarm(AlarmSeverity.WARNING, false), alarm(AlarmSeverity.CRITICAL, true))))
        .contains(new ObjectMarks.Mark("critical", false, "alarm.mark.title", 2));
    assertThat(AlarmMarks.mark(List.of(alarm(AlarmSeverity.WARNING, true))))
        .contains(new ObjectMarks.Mark("warning", true, "alarm.mark.acknowledged", 1));
  }
}
