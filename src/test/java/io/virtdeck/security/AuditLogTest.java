package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.UserIdentity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLogTest {

  @Test
  void oneStructuredLinePerAction() {
    AuditLog audit =
        new AuditLog(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));

    String line =
        audit.record(
            UserIdentity.of("helpdesk", List.of("virtdeck:helpdesk", "staff")),
            "Power Off virtual machine",
            "shop/web-01",
            "Forbidden: \"no\"");

    assertThat(line)
        .isEqualTo(
            "time=\"2026-11-27T12:00:00Z\" user=\"helpdesk\" groups=\"virtdeck:helpdesk,staff\""
                + " action=\"Power Off virtual machine\" target=\"shop/web-01\""
                + " result=\"Forbidden: 'no'\"");
  }
}
