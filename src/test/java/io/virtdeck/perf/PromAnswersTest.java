package io.virtdeck.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromAnswersTest {

  @Test
  void aMatrixBecomesCompactArrays() {
    var series =
        PromAnswers.series(
            """
            {"status":"success","data":{"resultType":"matrix","result":[
              {"metric":{"node":"worker-01"},"values":[[1700000000,"1.5"],[1700000020.5,"NaN"],[1700000040,"+Inf"]]}
            ]}}""");

    assertThat(series).hasSize(1);
    assertThat(series.getFirst().label("node")).isEqualTo("worker-01");
    assertThat(series.getFirst().times()).containsExactly(1700000000, 1700000020, 1700000040);
    assertThat(series.getFirst().values()[0]).isEqualTo(1.5);
    assertThat(series.getFirst().values()[1]).isNaN();
    assertThat(series.getFirst().values()[2]).isInfinite();
  }

  @Test
  void aVectorIsOnePointPerSeries() {
    var series =
        PromAnswers.series(
            """
            {"status":"success","data":{"resultType":"vector","result":[
              {"metric":{"namespace":"shop","name":"db-01"},"value":[1700000000,"3.25"]}]}}""");

    assertThat(series.getFirst().last()).isEqualTo(3.25);
    assertThat(series.getFirst().label("name")).isEqualTo("db-01");
  }

  @Test
  void alertsKeepLabelsAnnotationsAndSince() {
    var alerts =
        PromAnswers.alerts(
            """
            {"status":"success","data":{"alerts":[{"labels":{"alertname":"VMCannotBeEvicted",
            "namespace":"dev","name":"ci-runner-01"},"annotations":{"summary":"not migratable"},
            "state":"firing","activeAt":"2026-12-07T09:00:00.123456789+01:00","value":"1e+00"}]}}""");

    assertThat(alerts).hasSize(1);
    var alert = alerts.getFirst();
    assertThat(alert.label("alertname")).isEqualTo("VMCannotBeEvicted");
    assertThat(alert.annotation("summary")).isEqualTo("not migratable");
    assertThat(alert.state()).isEqualTo("firing");
    assertThat(alert.activeAt()).isEqualTo(Instant.parse("2026-12-07T08:00:00.123456789Z"));
  }

  @Test
  void anErrorAnswerSaysPrometheusReason() {
    String body = "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error\"}";

    assertThat(PromAnswers.error(body)).isEqualTo("parse error");
    assertThatThrownBy(() -> PromAnswers.series(body)).hasMessage("parse error");
    assertThat(PromAnswers.error("<html>Bad gateway</html>")).isEqualTo("<html>Bad gateway</html>");
  }

  @Test
  void seriesAreAlignedOnTheRangesAxisWithGapsAsNaN() {
    var range = new TimeRange(TimeRange.Kind.CUSTOM, 100, 160, 20);
    var a = new PromSeries(java.util.Map.of(), new long[] {100, 140}, new double[] {1, 2});
    var b = new PromSeries(java.util.Map.of(), new long[] {140, 160, 999}, new double[] {3, 4, 5});

    double[] values = ChartData.aligned(range, List.of(a, b));

    assertThat(values).hasSize(4);
    assertThat(values[0]).isEqualTo(1);
    assertThat(values[1]).isNaN();
    assertThat(values[2]).isEqualTo(5);
    assertThat(values[3]).isEqualTo(4);
    assertThat(ChartData.axis(range)).containsExactly(100, 120, 140, 160);
  }
}
