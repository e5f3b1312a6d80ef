package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void bytesUseBinaryUnits() {
    assertThat(Formats.bytes(4L << 30)).isEqualTo("4 GiB");
    assertThat(Formats.bytes(1536L << 20)).isEqualTo("1.5 GiB");
    assertThat(Formats.bytes(512)).isEqualTo("512 B");
    assertThat(Formats.bytes(-1)).isEqualTo("—");
  }

  @Test
  void agesAreKubernetesStyle() {
    Instant now = Instant.parse("2026-11-27T12:00:00Z");

    assertThat(Formats.age(now.minusSeconds(30), now)).isEqualTo("30s");
    assertThat(Formats.age(now.minusSeconds(600), now)).isEqualTo("10m");
    assertThat(Formats.age(now.minusSeconds(5 * 3600), now)).isEqualTo("5h");
    assertThat(Formats.age(now.minusSeconds(3 * 86400), now)).isEqualTo("3d");
  }
}
