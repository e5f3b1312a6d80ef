package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.MicroTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventFieldsTest {

  @Test
  void theLastTimestampWinsOverTheEventTimeAndTheFirstTimestamp() {
    var event =
        new EventBuilder()
            .withNewMetadata()
            .withCreationTimestamp("2026-01-01T00:00:00Z")
            .endMetadata()
            .withFirstTimestamp("2026-01-02T00:00:00Z")
            .withEventTime(new MicroTime("2026-01-03T00:00:00.000000Z"))
            .withLastTimestamp("2026-01-04T00:00:00Z")
            .build();

    assertThat(EventFields.time(event)).isEqualTo(Instant.parse("2026-01-04T00:00:00Z"));
  }

  @Test
  void anEventOfTheNewerApiIsTimedByItsEventTimeAndNamedByItsReportingComponent() {
    var event =
        new EventBuilder()
            .withNewMetadata()
            .withCreationTimestamp("2026-01-01T00:00:00Z")
            .endMetadata()
            .withEventTime(new MicroTime("2026-01-03T00:00:00.000000Z"))
            .withReportingComponent("virt-controller")
            .build();

    assertThat(EventFields.time(event)).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
    assertThat(EventFields.source(event)).isEqualTo("virt-controller");
  }

  @Test
  void theSourceComponentWinsAndAnEventWithoutTimesIsAtTheEpoch() {
    var event =
        new EventBuilder()
            .withNewMetadata()
            .endMetadata()
            .withNewSource()
            .withComponent("kubelet")
            .endSource()
            .withReportingComponent("other")
            .build();

    assertThat(EventFields.source(event)).isEqualTo("kubelet");
    assertThat(EventFields.time(event)).isEqualTo(Instant.EPOCH);
  }
}
