package io.virtdeck.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The Prometheus client against a small stand-in server that records what it receives. */
class PrometheusClientIT {

  private static final String MATRIX =
      "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
          + "\"values\":[[100,\"1\"],[120,\"2\"]]}]}}";

  @TempDir Path folder;
  private HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private volatile CountDownLatch release = new CountDownLatch(0);
  private volatile int status = 200;
  private volatile String answer = MATRIX;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    try {
      release.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] body = answer.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static PrometheusClient client(
      String url, @Nullable String token, @Nullable String tokenFile) {
    var properties =
        new PrometheusProperties(
            url,
            token,
            tokenFile,
            null,
            Duration.ofSeconds(2),
            Duration.ofSeconds(20),
            Duration.ofSeconds(30),
            "kubevirt");
    return new PrometheusClient(
        properties, new StaticListableBeanFactory().getBeanProvider(PrometheusEndpoint.class));
  }

  @Test
  void identicalQueriesFromManySessionsShareOneRequestAndItsAnswer() {
    release = new CountDownLatch(1);
    PrometheusClient client = client(url(), null, null);
    List<Mono<PerfResult<List<PromSeries>>>> sessions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sessions.add(client.queryRange("sum (kubevirt_vmi_memory_available_bytes{})", 100, 120, 20));
    }

    var answers = Flux.merge(sessions).doOnSubscribe(s -> release.countDown()).collectList();
    var results = answers.block(Duration.ofSeconds(60));

    assertThat(results).hasSize(20).allSatisfy(r -> assertThat(r.ok()).isTrue());
    assertThat(results.getFirst().value().getFirst().values()).containsExactly(1, 2);
    assertThat(bodies).hasSize(1);
    assertThat(client.requestsSent()).isEqualTo(1);
    client.queryRange("sum (kubevirt_vmi_memory_available_bytes{})", 100, 140, 20).block();
    assertThat(bodies).hasSize(2);
  }

  @Test
  void theQueryIsSentAsAFormWithItsTimes() {
    client(url(), null, null).queryRange("up{a=\"b c\"}", 100, 200, 20).block();

    assertThat(bodies.getFirst())
        .contains("query=up%7Ba%3D%22b+c%22%7D")
        .contains("start=100")
        .contains("end=200")
        .contains("step=20");
  }

  @Test
  void theBearerTokenIsSentAndATokenFileIsReadAgainForEachRequest() throws IOException {
    Path file = folder.resolve("token");
    Files.writeString(file, "first\n");
    PrometheusClient client = client(url(), "ignored", file.toString());

    client.alerts().block();
    Files.writeString(file, "second");
    client.query("up", 100).block();

    assertThat(authorizations).containsExactly("Bearer first", "Bearer second");
    client(url(), "plain", null).query("up", 200).block();
    assertThat(authorizations).last().isEqualTo("Bearer plain");
  }

  @Test
  void prometheusDownIsASentenceNotAnError() {
    String url = url();
    server.stop(0);

    var result = client(url, null, null).query("up", 100).block();

    assertThat(result.ok()).isFalse();
    assertThat(result.problem().key()).isEqualTo("perf.problem.unreachable");
    assertThat(result.problem().arguments()).first().isEqualTo(url);
  }

  @Test
  void aRefusedQueryCarriesPrometheusReason() {
    status = 400;
    answer =
        "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 3\"}";

    var result = client(url(), null, null).query("up{", 100).block();

    assertThat(result.problem().key()).isEqualTo("perf.problem.refused");
    assertThat(result.problem().arguments().get(1)).isEqualTo("HTTP 400: parse error at char 3");
  }

  @Test
  void aFailedAnswerIsNotKept() {
    status = 503;
    answer = "unavailable";
    PrometheusClient client = client(url(), null, null);
    assertThat(client.query("up", 100).block().ok()).isFalse();

    status = 200;
    answer = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";
    assertThat(client.query("up", 100).block().ok()).isTrue();
    assertThat(bodies).hasSize(2);
  }

  @Test
  void withoutAUrlNothingIsSentAndTheAnswerSaysHowToConfigure() {
    PrometheusClient client = client("", null, null);

    var result = client.query("up", 100).block();

    assertThat(client.configured()).isFalse();
    assertThat(result.problem()).isEqualTo(PerfProblem.NOT_CONFIGURED);
  }

  @Test
  void theClustersOwnPrometheusIsUsedWhenNoneIsConfigured() {
    var beans = new StaticListableBeanFactory();
    beans.addBean("endpoint", new PrometheusEndpoint(url()));

    var client =
        new PrometheusClient(
            PrometheusProperties.defaults(), beans.getBeanProvider(PrometheusEndpoint.class));

    assertThat(client.configured()).isTrue();
    assertThat(client.query("up", 100).block().ok()).isTrue();
  }
}
