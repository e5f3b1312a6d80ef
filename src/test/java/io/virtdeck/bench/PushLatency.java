package io.virtdeck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server's part of a change's way to the browser, as VirtDeck's own timer reports it on its
 * management port ({@code virtdeck.push.latency}: a change entering a session's batch until the
 * session's UI handled the batch, every change and session, the last 20 s): with the marker latency
 * it tells the server's share from the browsers'.
 */
final class PushLatency {

  private static final Pattern QUANTILE =
      Pattern.compile(
          "^virtdeck_push_latency_seconds\\{[^}]*quantile=\"([0-9.]+)\"[^}]*}\\s+(\\S+)$",
          Pattern.MULTILINE);
  private static final Pattern MAX =
      Pattern.compile(
          "^virtdeck_push_latency_seconds_max(?:\\{[^}]*})?\\s+(\\S+)$", Pattern.MULTILINE);

  private PushLatency() {}

  /** The timer's percentiles and maximum in milliseconds, as the report prints them. */
  static String read(String managementUrl) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(managementUrl + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(30))
            .build();
    String body =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    return describe(body);
  }

  static String describe(String prometheusText) {
    Map<String, Double> quantiles = new LinkedHashMap<>();
    var matcher = QUANTILE.matcher(prometheusText);
    while (matcher.find()) {
      quantiles.put(matcher.group(1), Double.parseDouble(matcher.group(2)) * 1000);
    }
    var max = MAX.matcher(prometheusText);
    if (quantiles.isEmpty() || !max.find()) {
      return "no samples";
    }
    return "p50 %.0f / p95 %.0f / p99 %.0f / max %.0f ms"
        .formatted(
            quantiles.getOrDefault("0.5", Double.NaN),
            quantiles.getOrDefault("0.95", Double.NaN),
            quantiles.getOrDefault("0.99", Double.NaN),
            Double.parseDouble(max.group(1)) * 1000);
  }
}
