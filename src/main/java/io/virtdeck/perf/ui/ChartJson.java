package io.virtdeck.perf.ui;

import io.virtdeck.perf.ChartData;
import java.util.List;

/**
 * The JSON the chart element draws, in compact arrays: {@code {"title", "unit", "labels", "x":
 * [seconds...], "y": [[value or null...]...], "empty"}}; one array per series, not one object per
 * point.
 */
final class ChartJson {

  private ChartJson() {}

  static String of(String title, List<String> labels, ChartData data, String emptyText) {
    StringBuilder json = new StringBuilder(64 + data.times().length * 12 * (labels.size() + 1));
    json.append("{\"title\":");
    string(json, title);
    json.append(",\"unit\":");
    string(json, data.chart().unit().name());
    json.append(",\"empty\":");
    string(json, emptyText);
    json.append(",\"labels\":[");
    for (int i = 0; i < labels.size(); i++) {
      json.append(i == 0 ? "" : ",");
      string(json, labels.get(i));
    }
    json.append("],\"x\":[");
    long[] times = data.times();
    for (int i = 0; i < times.length; i++) {
      json.append(i == 0 ? "" : ",").append(times[i]);
    }
    json.append("],\"y\":[");
    for (int s = 0; s < data.values().size(); s++) {
      json.append(s == 0 ? "[" : ",[");
      double[] values = data.values().get(s);
      for (int i = 0; i < values.length; i++) {
        json.append(i == 0 ? "" : ",");
        double value = values[i];
        if (Double.isNaN(value) || Double.isInfinite(value)) {
          json.append("null");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
          json.append((long) value);
        } else {
          json.append((float) value);
        }
      }
      json.append(']');
    }
    return json.append("]}").toString();
  }

  private static void string(StringBuilder json, String value) {
    json.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}
