package io.virtdeck.demo.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.virtdeck.demo.DemoCluster;
import io.virtdeck.demo.DemoProperties;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo cluster's Prometheus over HTTP, following the VMs' state in the demo cluster. */
class DemoPrometheusIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CPU_OF_WEB_01 =
      "rate(kubevirt_vmi_cpu_usage_seconds_total{namespace=\"shop\",name=\"web-01\"}[5m])";

  @TempDir static Path folder;
  private static DemoCluster cluster;
  private static KubernetesClient client;
  private static HttpClient http;

  @BeforeAll
  static void start() {
    cluster =
        DemoCluster.start(
            new DemoProperties(0, 25, folder.resolve("kubeconfig"), Duration.ofMillis(50), 0, 0));
    client = cluster.server().adminClient();
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() {
    http.close();
    cluster.close();
  }

  private static JsonNode get(String pathAndQuery) throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(cluster.prometheus().url() + pathAndQuery)).build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  private static JsonNode query(String promql) throws Exception {
    return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8))
        .path("data")
        .path("result");
  }

  private static void power(String action) {
    client
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace("shop")
        .withName("web-01")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"runStrategy\":\"" + action + "\"}}");
  }

  @Test
  void aRunningVmHasSeriesAndAStoppedOneHasNone() throws Exception {
    await().atMost(Duration.ofSeconds(60)).until(() -> query(CPU_OF_WEB_01).size() == 1);
    var sample = query(CPU_OF_WEB_01).get(0);
    assertThat(sample.path("metric").path("node").asString()).startsWith("worker-");

    power("Halted");
    await().atMost(Duration.ofSeconds(60)).until(() -> query(CPU_OF_WEB_01).isEmpty());

    power("Always");
    await().atMost(Duration.ofSeconds(60)).until(() -> query(CPU_OF_WEB_01).size() == 1);
  }

  @Test
  void aRangeQueryAnswersByPostToo() throws Exception {
    long now = System.currentTimeMillis() / 1000;
    String form =
        "query="
            + URLEncoder.encode(
                "sum by (node) (rate(kubevirt_vmi_cpu_usage_seconds_total[5m]))",
                StandardCharsets.UTF_8)
            + "&start="
            + (now - 3600)
            + "&end="
            + now
            + "&step=60";
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(cluster.prometheus().url() + "/api/v1/query_range"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    var result = JSON.readTree(response.body()).path("data").path("result");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(result.size()).isPositive();
    assertThat(result.get(0).path("values").size()).isEqualTo(61);
  }

  @Test
  void anAnnotationOnAVmFiresAnAlert() throws Exception {
    client
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace("dev")
        .withName("k8s-lab-01")
        .edit(
            vm -> {
              vm.getMetadata().getAnnotations().put(DemoAlerts.ANNOTATION, "DemoAlarm/critical");
              return vm;
            });

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> get("/api/v1/alerts").toString().contains("DemoAlarm"));
    assertThat(get("/api/v1/alerts").path("data").path("alerts").toString())
        .contains("\"name\":\"k8s-lab-01\"")
        .contains("\"severity\":\"critical\"");
  }
}
