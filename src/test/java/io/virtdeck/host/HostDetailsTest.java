package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.virtdeck.task.Message;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HostDetailsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  private static Node readySince(boolean ready, String time) {
    Node node = HostFixtures.node("worker-01", 8, 64, ready, false);
    node.getStatus().getConditions().getFirst().setLastTransitionTime(time);
    return node;
  }

  @Test
  void uptimeIsHowLongTheHostHasBeenReady() {
    var details = HostDetails.of(readySince(true, "2026-12-04T09:30:00Z"));

    assertThat(details.uptime(NOW))
        .isEqualTo(Message.of("host.uptime.up", "3", "2", "2026-12-04 09:30 UTC"));
  }

  @Test
  void aHostThatIsNotReadySaysSinceWhen() {
    var details = HostDetails.of(readySince(false, "2026-12-07T11:15:00Z"));

    assertThat(details.uptime(NOW))
        .isEqualTo(Message.of("host.uptime.down", "2026-12-07 11:15 UTC"));
  }

  @Test
  void withoutATransitionTimeTheUptimeIsNotReported() {
    var details = HostDetails.of(HostFixtures.node("worker-01", 8, 64, true, false));

    assertThat(details.uptime(NOW)).isEqualTo(Message.of("host.uptime.unknown"));
  }
}
