package io.virtdeck.demo.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Demo guests for the console tests. */
final class Guests {

  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private Guests() {}

  static GuestFacts linux() {
    return new GuestFacts(
        "web-01",
        "Fedora Linux 42 (Cloud Edition)",
        "6.14.0-63.fc42.x86_64",
        false,
        List.of("10.0.2.15", "192.168.10.7"),
        List.of(new GuestFacts.Disk("rootdisk", "30Gi"), new GuestFacts.Disk("data", "100Gi")),
        NOW.minusSeconds(3 * 3600 + 120));
  }

  static GuestFacts windows() {
    return new GuestFacts(
        "win-01",
        "Windows Server 2022 Standard",
        "20348",
        true,
        List.of("10.0.2.16"),
        List.of(new GuestFacts.Disk("rootdisk", "60Gi")),
        NOW.minusSeconds(600));
  }
}
