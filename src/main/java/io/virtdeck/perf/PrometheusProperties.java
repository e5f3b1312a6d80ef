package io.virtdeck.perf;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where VirtDeck reads performance data: a Prometheus-compatible API ({@code url}, e.g. Prometheus,
 * Thanos Query or Mimir), with an optional bearer token (given, or read from {@code
 * bearerTokenFile} at each request so that a rotated token is picked up), a CA certificate file for
 * its TLS, timeouts, how long an identical query's answer is shared ({@code cacheTtl}), and the
 * namespace KubeVirt is installed in (alerts labelled with it concern the whole datacenter).
 */
@ConfigurationProperties("virtdeck.prometheus")
public record PrometheusProperties(
    String url,
    @Nullable String bearerToken,
    @Nullable String bearerTokenFile,
    @Nullable String caFile,
    Duration connectTimeout,
    Duration timeout,
    Duration cacheTtl,
    String kubevirtNamespace) {

  public PrometheusProperties {
    url = url == null ? "" : url.strip();
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    cacheTtl = cacheTtl == null ? Duration.ofSeconds(5) : cacheTtl;
    kubevirtNamespace =
        kubevirtNamespace == null || kubevirtNamespace.isBlank() ? "kubevirt" : kubevirtNamespace;
  }

  /** No settings: nothing configured, default timeouts. */
  public static PrometheusProperties defaults() {
    return new PrometheusProperties(
        "",
        null,
        null,
        null,
        Duration.ofSeconds(3),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        "kubevirt");
  }
}
