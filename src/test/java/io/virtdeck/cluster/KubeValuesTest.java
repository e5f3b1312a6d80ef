package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Quantity;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KubeValuesTest {

  @Test
  void readsTimestampsAsInstantParseDoes() {
    for (String timestamp :
        List.of(
            "2025-06-01T08:00:00Z",
            "1970-01-01T00:00:00Z",
            "2024-02-29T23:59:59Z",
            "2026-11-28T09:29:17.123Z",
            "2026-11-28T09:29:17+02:00")) {
      assertThat(KubeValues.instant(timestamp)).as(timestamp).isEqualTo(Instant.parse(timestamp));
    }
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      Instant any = Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L));
      assertThat(KubeValues.instant(any.toString())).isEqualTo(any);
    }
  }

  @Test
  void rejectsWhatInstantParseRejects() {
    for (String bad : List.of("2025-02-30T08:00:00Z", "2025-13-01T08:00:00Z", "yesterday", "")) {
      assertThatThrownBy(() -> KubeValues.instant(bad))
          .as(bad)
          .isInstanceOf(DateTimeException.class);
    }
  }

  @Test
  void readsQuantitiesAsFabric8Does() {
    for (String quantity :
        List.of(
            "0",
            "1024",
            "2Gi",
            "16Gi",
            "512Mi",
            "1Ki",
            "3Ti",
            "1Pi",
            "1k",
            "5M",
            "4G",
            "2T",
            "1P",
            "9E",
            "1.5Gi",
            "1e3",
            "100m",
            "999999999999999999Ki",
            "1234567890123456789")) {
      assertThat(KubeValues.bytes(quantity))
          .as(quantity)
          .isEqualTo(Quantity.getAmountInBytes(new Quantity(quantity)).longValue());
    }
    // exact where fabric8's decimal arithmetic rounds (8070450532247929000)
    assertThat(KubeValues.bytes("7Ei")).isEqualTo(7L << 60);
  }

  @Test
  void aTypedSizeBeyondALongIsNoSizeRatherThanANegativeOne() {
    assertThat(KubeValues.sizeBytes("7Ei")).hasValueSatisfying(b -> assertThat(b).isPositive());
    assertThat(KubeValues.sizeBytes("8Ei")).isEmpty();
  }

  @Test
  void rejectsUnreadableQuantities() {
    assertThatThrownBy(() -> KubeValues.bytes("lots")).isInstanceOf(IllegalArgumentException.class);
  }
}
