package io.virtdeck.perf;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON of Prometheus's HTTP API into compact series and alerts. */
final class PromAnswers {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PromAnswers() {}

  /** The series of a {@code vector} or {@code matrix} answer. */
  static List<PromSeries> series(String body) {
    JsonNode data = success(body).path("data");
    List<PromSeries> series = new ArrayList<>();
    boolean vector = "vector".equals(data.path("resultType").asString(""));
    for (JsonNode one : data.path("result")) {
      Map<String, String> labels = strings(one.path("metric"));
      if (vector) {
        JsonNode value = one.path("value");
        series.add(
            new PromSeries(
                labels, new long[] {time(value.get(0))}, new double[] {number(value.get(1))}));
      } else {
        JsonNode values = one.path("values");
        long[] times = new long[values.size()];
        double[] numbers = new double[values.size()];
        for (int i = 0; i < values.size(); i++) {
          times[i] = time(values.get(i).get(0));
          numbers[i] = number(values.get(i).get(1));
        }
        series.add(new PromSeries(labels, times, numbers));
      }
    }
    return series;
  }

  /** The alerts of an {@code /api/v1/alerts} answer. */
  static List<PromAlert> alerts(String body) {
    List<PromAlert> alerts = new ArrayList<>();
    for (JsonNode alert : success(body).path("data").path("alerts")) {
      alerts.add(
          new PromAlert(
              strings(alert.path("labels")),
              strings(alert.path("annotations")),
              alert.path("state").asString(""),
              instant(alert.path("activeAt").asString(""))));
    }
    return alerts;
  }

  /** Prometheus's error text of a failed answer, or the body's start when it is not its JSON. */
  static String error(String body) {
    try {
      String error = JSON.readTree(body).path("error").asString("");
      if (!error.isEmpty()) {
        return error;
      }
    } catch (RuntimeException notJson) {
      // not Prometheus's error JSON (a proxy's page, say): show its beginning
    }
    String text = body.strip();
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  private static JsonNode success(String body) {
    JsonNode root = JSON.readTree(body);
    if (!"success".equals(root.path("status").asString(""))) {
      throw new IllegalStateException(error(body));
    }
    return root;
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    for (var entry : object.properties()) {
      map.put(entry.getKey(), entry.getValue().asString(""));
    }
    return map;
  }

  private static long time(@Nullable JsonNode node) {
    return node == null ? 0 : (long) Math.floor(node.asDouble(0));
  }

  private static double number(@Nullable JsonNode node) {
    if (node == null) {
      return Double.NaN;
    }
    String text = node.asString("NaN");
    try {
      return Double.parseDouble(text.replace("+Inf", "Infinity").replace("-Inf", "-Infinity"));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static @Nullable Instant instant(String text) {
    try {
      return text.isEmpty() ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return java.time.OffsetDateTime.parse(text).toInstant();
    }
  }
}
