package io.virtdeck.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationBatchTest {

  @Test
  void atMostTwoLeaveOneHostAtATime() {
    var batch = MigrationBatch.of(List.of("worker-01", "worker-01", "worker-01"), Map.of(), 0);
    assertThat(batch).isEqualTo(new MigrationBatch(2, 1));
  }

  @Test
  void atMostFiveRunInTheClusterCountingThoseUnderWay() {
    var sources = List.of("w1", "w2", "w3", "w4", "w5");
    assertThat(MigrationBatch.of(sources, Map.of(), 0)).isEqualTo(new MigrationBatch(5, 0));
    assertThat(MigrationBatch.of(sources, Map.of("w9", 2), 2)).isEqualTo(new MigrationBatch(3, 2));
    assertThat(MigrationBatch.of(List.of("w1", "w2"), Map.of("w1", 2), 2))
        .isEqualTo(new MigrationBatch(1, 1));
  }
}
