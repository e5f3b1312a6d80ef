package io.virtdeck.perf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.perf.ChartData;
import io.virtdeck.perf.PerfChart;
import io.virtdeck.perf.TimeRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChartJsonTest {

  @Test
  void pointsTravelAsOneArrayPerSeriesWithGapsAsNull() {
    var range = new TimeRange(TimeRange.Kind.CUSTOM, 100, 140, 20);
    var data =
        new ChartData(
            PerfChart.MEMORY,
            range,
            new long[] {100, 120, 140},
            List.of(new double[] {1.5, Double.NaN, 3}, new double[] {4e9, 4e9, 4e9}));

    String json = ChartJson.of("Memory \"used\"", List.of("Used", "Available"), data, "none");

    var tree = JsonMapper.builder().build().readTree(json);
    assertThat(tree.path("title").asString()).isEqualTo("Memory \"used\"");
    assertThat(tree.path("unit").asString()).isEqualTo("BYTES");
    assertThat(tree.path("x").toString()).isEqualTo("[100,120,140]");
    assertThat(tree.path("y").toString())
        .isEqualTo("[[1.5,null,3],[4000000000,4000000000,4000000000]]");
    assertThat(tree.path("labels").toString()).isEqualTo("[\"Used\",\"Available\"]");
  }
}
