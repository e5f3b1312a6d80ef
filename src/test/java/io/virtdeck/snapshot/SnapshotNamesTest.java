package io.virtdeck.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotNamesTest {

  @Test
  void defaultNameIsTheVmAndTheTimeAndValid() {
    String name = SnapshotNames.defaultName("web-01", Instant.parse("2025-06-01T10:11:12Z"));

    assertThat(name).isEqualTo("web-01-snapshot-20250601-101112");
    assertThat(SnapshotNames.problem(name, List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Upper", "under_score", "-start", "end-", "a..b", "sp ace", "é"})
  void invalidDns1123NamesAreRefused(String name) {
    assertThat(SnapshotNames.problem(name, List.of())).contains("snapshot.name.invalid");
  }

  @Test
  void emptyTooLongAndTakenNamesAreRefused() {
    assertThat(SnapshotNames.problem(" ", List.of())).contains("snapshot.name.required");
    assertThat(SnapshotNames.problem("a".repeat(254), List.of()))
        .contains("snapshot.name.too-long");
    assertThat(SnapshotNames.problem("x", List.of("x"))).contains("snapshot.name.taken");
    assertThat(SnapshotNames.problem("a.b-c", List.of("x"))).isEmpty();
  }

  @Test
  void restoreNamesAreValidAndBounded() {
    Instant now = Instant.parse("2025-06-01T10:11:12Z");
    assertThat(SnapshotNames.problem(SnapshotNames.restoreName("snap", now), List.of())).isEmpty();
    String longName = SnapshotNames.restoreName("s".repeat(253), now);
    assertThat(longName).hasSizeLessThanOrEqualTo(253);
    assertThat(SnapshotNames.problem(longName, List.of())).isEmpty();
  }
}
