package io.virtdeck.demo.prometheus;

import io.virtdeck.demo.prometheus.PromJson.RangeSeries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Answers Prometheus's HTTP API for the demo: {@code /api/v1/query}, {@code /api/v1/query_range},
 * {@code /api/v1/alerts}, with Prometheus's JSON and its error shape ({@code bad_data}, 400).
 */
final class PrometheusApi {

  /** An HTTP answer. */
  record Answer(int status, String json) {}

  /** Prometheus refuses range queries of more points per series than this. */
  static final int MAX_POINTS = 11_000;

  private final DemoObjects objects;
  private final DemoAlerts alerts;
  private final Clock clock;

  PrometheusApi(DemoObjects objects, DemoAlerts alerts, Clock clock) {
    this.objects = objects;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** Answers a GET or form POST of {@code path} with its parameters. */
  Answer handle(String path, Function<String, @Nullable String> parameter) {
    try {
      return switch (path) {
        case "/api/v1/query" -> instant(parameter);
        case "/api/v1/query_range" -> range(parameter);
        case "/api/v1/alerts" -> new Answer(200, alerts.json());
        case "/-/healthy", "/-/ready" -> new Answer(200, "{\"status\":\"success\"}");
        default -> new Answer(404, PromJson.error("not_found", "no such endpoint: " + path));
      };
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return new Answer(400, PromJson.error("bad_data", String.valueOf(e.getMessage())));
    }
  }

  private Answer instant(Function<String, @Nullable String> parameter) {
    PromExpr expr = PromParser.parse(required(parameter, "query"));
    String time = parameter.apply("time");
    double t = time == null ? clock.millis() / 1000.0 : seconds(time);
    List<Sample> samples = new Evaluation(objects).at(expr, t);
    return new Answer(200, PromJson.vector(samples, t));
  }

  private Answer range(Function<String, @Nullable String> parameter) {
    PromExpr expr = PromParser.parse(required(parameter, "query"));
    double start = seconds(required(parameter, "start"));
    double end = seconds(required(parameter, "end"));
    double step = step(required(parameter, "step"));
    if (end < start) {
      throw new IllegalArgumentException("end timestamp must not be before start time");
    }
    if (step <= 0) {
      throw new IllegalArgumentException(
          "zero or negative query resolution step widths are not accepted. Try a positive"
              + " integer");
    }
    int points = (int) Math.floor((end - start) / step) + 1;
    if (points > MAX_POINTS) {
      throw new IllegalArgumentException(
          "exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query"
              + " resolution (?step=XX)");
    }
    Evaluation evaluation = new Evaluation(objects);
    Map<Map<String, String>, Points> series = new LinkedHashMap<>();
    for (int i = 0; i < points; i++) {
      double t = start + i * step;
      for (Sample sample : evaluation.at(expr, t)) {
        series
            .computeIfAbsent(sample.labels().asMap(), labels -> new Points(points))
            .add(t, sample.value());
      }
    }
    List<RangeSeries> matrix = new ArrayList<>();
    series.forEach(
        (labels, one) -> matrix.add(new RangeSeries(labels, one.times, one.values, one.size)));
    return new Answer(200, PromJson.matrix(matrix));
  }

  /** The points of one series of a range query, in time order. */
  private static final class Points {
    final double[] times;
    final double[] values;
    int size;

    Points(int capacity) {
      times = new double[capacity];
      values = new double[capacity];
    }

    void add(double t, double value) {
      times[size] = t;
      values[size++] = value;
    }
  }

  private static String required(Function<String, @Nullable String> parameter, String name) {
    String value = parameter.apply(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("parameter \"" + name + "\" is required");
    }
    return value;
  }

  /** A time as Unix seconds ("1700000000.5") or RFC 3339 ("2026-12-07T10:00:00Z"). */
  static double seconds(String time) {
    try {
      return Double.parseDouble(time);
    } catch (NumberFormatException notANumber) {
      Instant instant = Instant.parse(time);
      return instant.getEpochSecond() + instant.getNano() / 1e9;
    }
  }

  /** A step as seconds ("15", "0.5") or a duration ("15s", "5m"). */
  static double step(String step) {
    try {
      return Double.parseDouble(step);
    } catch (NumberFormatException notANumber) {
      Duration duration = PromParser.parseDuration(step);
      return duration.toMillis() / 1000.0;
    }
  }
}
