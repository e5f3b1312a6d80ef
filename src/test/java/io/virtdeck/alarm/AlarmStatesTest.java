package io.virtdeck.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlarmStatesTest {

  @Test
  void anAlarmsKeyIsAValidConfigMapKeyWhateverItsId() {
    String key = AlarmStates.key("prometheus/X/vm/shop/web-01/mount_point=/var/lib \"x\"");

    assertThat(key).matches("[-._a-zA-Z0-9]+").hasSizeLessThan(64);
    assertThat(AlarmStates.key("a")).isNotEqualTo(AlarmStates.key("b"));
  }

  @Test
  void aStateTravelsThroughItsJson() {
    var state =
        new AlarmState(
            "condition/unschedulable/vm/dev/x",
            AlarmState.Kind.ACKNOWLEDGED,
            "operator",
            Instant.parse("2026-12-07T10:00:00Z"),
            Instant.parse("2026-12-07T08:00:00Z"));

    assertThat(AlarmStates.parse(AlarmStates.json(state))).isEqualTo(state);
    assertThat(AlarmStates.parse("not json")).isNull();
    assertThat(AlarmStates.parse("{\"alarm\":\"x\",\"state\":\"EATEN\"}")).isNull();
  }
}
