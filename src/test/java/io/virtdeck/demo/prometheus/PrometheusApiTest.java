package io.virtdeck.demo.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PrometheusApiTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FakeObjects objects =
      new FakeObjects()
          .run("shop", "web-02", "worker-01", 2, 1L << 32)
          .run("dev", "ci-runner-01", "worker-03", 4, 1L << 33);
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final PrometheusApi api = new PrometheusApi(objects, new DemoAlerts(objects, NOW), clock);

  private PrometheusApi.Answer get(String path, Map<String, String> parameters) {
    return api.handle(path, name -> parameters.get(name));
  }

  private static JsonNode json(PrometheusApi.Answer answer) {
    return JSON.readTree(answer.json());
  }

  @Test
  void instantQueryAnswersAVector() {
    var answer =
        get(
            "/api/v1/query",
            Map.of("query", "kubevirt_vmi_memory_available_bytes{name=\"web-02\"}"));

    var json = json(answer);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(json.path("status").asString()).isEqualTo("success");
    assertThat(json.path("data").path("resultType").asString()).isEqualTo("vector");
    var first = json.path("data").path("result").get(0);
    assertThat(first.path("metric").path("namespace").asString()).isEqualTo("shop");
    assertThat(first.path("value").get(0).asLong()).isEqualTo(NOW.getEpochSecond());
    assertThat(first.path("value").get(1).asString()).isEqualTo(String.valueOf(1L << 32));
  }

  @Test
  void rangeQueryAnswersAMatrixWithOnePointPerStep() {
    long end = NOW.getEpochSecond();
    var answer =
        get(
            "/api/v1/query_range",
            Map.of(
                "query",
                "sum by (namespace, name) (rate(kubevirt_vmi_cpu_usage_seconds_total[2m]))",
                "start",
                String.valueOf(end - 3600),
                "end",
                String.valueOf(end),
                "step",
                "20s"));

    var result = json(answer).path("data").path("result");
    assertThat(json(answer).path("data").path("resultType").asString()).isEqualTo("matrix");
    assertThat(result.size()).isEqualTo(2);
    assertThat(result.get(0).path("values").size()).isEqualTo(181);
    assertThat(result.get(0).path("values").get(1).get(0).asLong()).isEqualTo(end - 3600 + 20);
  }

  @Test
  void rfc3339TimesAndDurationStepsAreAccepted() {
    var answer =
        get(
            "/api/v1/query_range",
            Map.of(
                "query", "kubevirt_vmi_memory_available_bytes",
                "start", "2026-12-07T09:00:00Z",
                "end", "2026-12-07T10:00:00Z",
                "step", "15m"));

    assertThat(json(answer).path("data").path("result").get(0).path("values").size()).isEqualTo(5);
  }

  @Test
  void aBadQueryIsBadData() {
    var answer = get("/api/v1/query", Map.of("query", "m{name=\"x\"} or vector(1)"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(json(answer).path("status").asString()).isEqualTo("error");
    assertThat(json(answer).path("errorType").asString()).isEqualTo("bad_data");
  }

  @Test
  void tooManyPointsAreRefusedAsPrometheusDoes() {
    var answer =
        get(
            "/api/v1/query_range",
            Map.of(
                "query",
                "kubevirt_vmi_memory_available_bytes",
                "start",
                "0",
                "end",
                "1000000",
                "step",
                "1"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(json(answer).path("error").asString()).contains("11,000 points");
  }

  @Test
  void alertsFireOnNamedDemoObjectsThatRun() {
    var alerts = json(get("/api/v1/alerts", Map.of())).path("data").path("alerts");

    assertThat(alerts.size()).isEqualTo(2);
    var migrations = alerts.get(0);
    assertThat(migrations.path("labels").path("alertname").asString())
        .isEqualTo("KubeVirtVMIExcessiveMigrations");
    assertThat(migrations.path("labels").path("vmi").asString()).isEqualTo("web-02");
    assertThat(migrations.path("state").asString()).isEqualTo("firing");
    assertThat(Instant.parse(migrations.path("activeAt").asString())).isBefore(NOW);
    assertThat(alerts.get(1).path("labels").path("node").asString()).isEqualTo("worker-03");
  }

  @Test
  void anAnnotatedVmFiresTheAlertItAsksFor() {
    objects.alerts.put("shop/web-02", "DemoDiskLatency/critical");

    var alerts = json(get("/api/v1/alerts", Map.of())).path("data").path("alerts");

    var requested = alerts.get(alerts.size() - 1).path("labels");
    assertThat(requested.path("alertname").asString()).isEqualTo("DemoDiskLatency");
    assertThat(requested.path("severity").asString()).isEqualTo("critical");
    assertThat(requested.path("name").asString()).isEqualTo("web-02");
    assertThat(requested.path("node").asString()).isEqualTo("worker-01");
  }

  @Test
  void unknownPathsAreNotFound() {
    assertThat(get("/api/v1/series", Map.<String, @Nullable String>of()).status()).isEqualTo(404);
  }
}
