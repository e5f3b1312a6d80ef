package io.virtdeck.demo.prometheus;

import java.util.List;
import java.util.Map;

/** Writes the JSON of Prometheus's HTTP API: vectors, matrices, alerts and errors. */
final class PromJson {

  private PromJson() {}

  /** {@code {"status":"success","data":{"resultType":"vector","result":[...]}}}. */
  static String vector(List<Sample> samples, double t) {
    StringBuilder json = new StringBuilder("{\"status\":\"success\",\"data\":{");
    json.append("\"resultType\":\"vector\",\"result\":[");
    for (int i = 0; i < samples.size(); i++) {
      Sample sample = samples.get(i);
      json.append(i == 0 ? "" : ",").append("{\"metric\":");
      labels(json, sample.labels().asMap());
      json.append(",\"value\":[");
      point(json, t, sample.value());
      json.append("]}");
    }
    return json.append("]}}").toString();
  }

  /** One series of a matrix: its labels and its points, times in seconds. */
  record RangeSeries(Map<String, String> labels, double[] times, double[] values, int size) {}

  static String matrix(List<RangeSeries> series) {
    StringBuilder json = new StringBuilder("{\"status\":\"success\",\"data\":{");
    json.append("\"resultType\":\"matrix\",\"result\":[");
    for (int i = 0; i < series.size(); i++) {
      RangeSeries one = series.get(i);
      json.append(i == 0 ? "" : ",").append("{\"metric\":");
      labels(json, one.labels());
      json.append(",\"values\":[");
      for (int p = 0; p < one.size(); p++) {
        json.append(p == 0 ? "[" : ",[");
        point(json, one.times()[p], one.values()[p]);
        json.append(']');
      }
      json.append("]}");
    }
    return json.append("]}}").toString();
  }

  /** {@code {"status":"error","errorType":"bad_data","error":"..."}}. */
  static String error(String type, String message) {
    StringBuilder json = new StringBuilder("{\"status\":\"error\",\"errorType\":");
    string(json, type);
    json.append(",\"error\":");
    string(json, message);
    return json.append('}').toString();
  }

  static void labels(StringBuilder json, Map<String, String> labels) {
    json.append('{');
    boolean first = true;
    for (var label : labels.entrySet()) {
      json.append(first ? "" : ",");
      first = false;
      string(json, label.getKey());
      json.append(':');
      string(json, label.getValue());
    }
    json.append('}');
  }

  private static void point(StringBuilder json, double t, double value) {
    json.append(time(t)).append(",\"").append(number(value)).append('"');
  }

  /** A time in seconds with at most millisecond precision, as Prometheus writes it. */
  static String time(double t) {
    long millis = Math.round(t * 1000);
    return millis % 1000 == 0
        ? Long.toString(millis / 1000)
        : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
  }

  /** A sample value as Prometheus writes it: "NaN", "+Inf", or a plain decimal number. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
