package io.virtdeck.perf;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The one client of the Prometheus-compatible API, non-blocking (WebClient on Reactor Netty).
 * Identical requests within {@code cacheTtl} share one request and its answer, whichever session
 * asked: the cache holds the request in flight, then its answer; a failure is not kept.
 */
@Component
public class PrometheusClient {

  private final PrometheusProperties properties;
  private final String url;
  private final @Nullable WebClient web;
  private final AsyncCache<String, String> answers;
  private final AtomicLong requestsSent = new AtomicLong();

  public PrometheusClient(
      PrometheusProperties properties, ObjectProvider<PrometheusEndpoint> endpoint) {
    this.properties = properties;
    PrometheusEndpoint fallback = endpoint.getIfAvailable();
    this.url =
        !properties.url().isEmpty() ? properties.url() : fallback == null ? "" : fallback.url();
    this.web = url.isEmpty() ? null : webClient(url, properties);
    this.answers =
        Caffeine.newBuilder()
            .expireAfterWrite(properties.cacheTtl())
            .maximumSize(10_000)
            .buildAsync();
  }

  /** Whether a Prometheus is configured at all. */
  public boolean configured() {
    return web != null;
  }

  /** The configured URL, or "". */
  public String url() {
    return url;
  }

  /** Requests sent to Prometheus so far (not counting answers shared from the cache). */
  public long requestsSent() {
    return requestsSent.get();
  }

  /** An instant query at {@code time} (Unix seconds). */
  public Mono<PerfResult<List<PromSeries>>> query(String promql, long time) {
    return send("/api/v1/query", Map.of("query", promql, "time", Long.toString(time)))
        .map(result -> parsed(result, PromAnswers::series));
  }

  /** A range query from {@code start} to {@code end} every {@code step} seconds. */
  public Mono<PerfResult<List<PromSeries>>> queryRange(
      String promql, long start, long end, long step) {
    return send(
            "/api/v1/query_range",
            Map.of(
                "query",
                promql,
                "start",
                Long.toString(start),
                "end",
                Long.toString(end),
                "step",
                Long.toString(step)))
        .map(result -> parsed(result, PromAnswers::series));
  }

  /** The alerts Prometheus fires or holds pending. */
  public Mono<PerfResult<List<PromAlert>>> alerts() {
    return send("/api/v1/alerts", Map.of()).map(result -> parsed(result, PromAnswers::alerts));
  }

  private <T> PerfResult<T> parsed(PerfResult<String> body, Function<String, T> reader) {
    if (body.value() == null) {
      return PerfResult.failed(java.util.Objects.requireNonNull(body.problem()));
    }
    try {
      return PerfResult.of(reader.apply(body.value()));
    } catch (RuntimeException unreadable) {
      return PerfResult.failed(PerfProblem.refused(url, String.valueOf(unreadable.getMessage())));
    }
  }

  private Mono<PerfResult<String>> send(String path, Map<String, String> parameters) {
    WebClient client = web;
    if (client == null) {
      return Mono.just(PerfResult.failed(PerfProblem.NOT_CONFIGURED));
    }
    String key = path + "?" + new TreeMap<>(parameters);
    return Mono.defer(
        () -> {
          var answer =
              answers.get(key, (k, executor) -> request(client, path, parameters).toFuture());
          return Mono.fromFuture(answer, true)
              .map(PerfResult::of)
              .onErrorResume(
                  e -> {
                    // Caffeine drops a failed answer too, but after its callers may ask again
                    answers.asMap().remove(key, answer);
                    return Mono.just(PerfResult.failed(problem(e)));
                  });
        });
  }

  private Mono<String> request(WebClient client, String path, Map<String, String> parameters) {
    requestsSent.incrementAndGet();
    var form = new LinkedMultiValueMap<String, String>();
    parameters.forEach(form::add);
    return client
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .headers(this::authorize)
        .body(BodyInserters.fromFormData(form))
        .retrieve()
        .bodyToMono(String.class)
        .timeout(properties.timeout());
  }

  private void authorize(HttpHeaders headers) {
    String token = properties.bearerToken();
    String file = properties.bearerTokenFile();
    if (file != null && !file.isBlank()) {
      try {
        token = Files.readString(Path.of(file)).strip();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bearer token file " + file, e);
      }
    }
    if (token != null && !token.isBlank()) {
      headers.setBearerAuth(token);
    }
  }

  private PerfProblem problem(Throwable failure) {
    Throwable e =
        failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
            ? c.getCause()
            : failure;
    if (e instanceof WebClientResponseException response) {
      return PerfProblem.refused(
          url,
          "HTTP "
              + response.getStatusCode().value()
              + ": "
              + PromAnswers.error(response.getResponseBodyAsString()));
    }
    if (e instanceof TimeoutException) {
      return PerfProblem.unreachable(
          url, "no answer within " + properties.timeout().toSeconds() + " s");
    }
    Throwable cause =
        e instanceof WebClientRequestException request && request.getCause() != null
            ? request.getCause()
            : e;
    String reason = cause instanceof ConnectException ? "connection refused" : cause.getMessage();
    return PerfProblem.unreachable(url, reason == null ? cause.getClass().getSimpleName() : reason);
  }

  private static WebClient webClient(String url, PrometheusProperties properties) {
    HttpClient http =
        HttpClient.create()
            .option(
                ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
            .responseTimeout(properties.timeout());
    String ca = properties.caFile();
    if (ca != null && !ca.isBlank()) {
      SslContext ssl = sslContext(ca);
      http = http.secure(spec -> spec.sslContext(ssl));
    }
    return WebClient.builder()
        .baseUrl(url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .clientConnector(new ReactorClientHttpConnector(http))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
        .build();
  }

  private static SslContext sslContext(String caFile) {
    try {
      return SslContextBuilder.forClient().trustManager(Path.of(caFile).toFile()).build();
    } catch (SSLException e) {
      throw new IllegalStateException("Cannot read the Prometheus CA file " + caFile, e);
    }
  }
}
