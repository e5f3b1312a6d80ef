package io.virtdeck.demo.prometheus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** One element of an instant vector: a series' labels and its value at the evaluation time. */
record Sample(Sample.Labels labels, double value) {

  /** A series' labels, read one by one (cheap for a leaf) or as a map (for the answer). */
  interface Labels {
    @Nullable String get(String label);

    Map<String, String> asMap();
  }

  /** The labels of a synthetic series; without {@code __name__} after a function such as rate. */
  record SeriesLabels(DemoMetric metric, RunningVmi vmi, boolean withName) implements Labels {
    @Override
    public @Nullable String get(String label) {
      return !withName && label.equals("__name__") ? null : metric.label(vmi, label);
    }

    @Override
    public Map<String, String> asMap() {
      Map<String, String> map = new TreeMap<>();
      if (withName) {
        map.put("__name__", metric.metricName);
      }
      map.put("name", vmi.name());
      map.put("namespace", vmi.namespace());
      map.put("node", vmi.node());
      if (metric.extraLabel != null && metric.extraValue != null) {
        map.put(metric.extraLabel, metric.extraValue);
      }
      return map;
    }
  }

  /** Labels kept by an aggregation. */
  record MapLabels(Map<String, String> map) implements Labels {
    MapLabels {
      map = new LinkedHashMap<>(map);
    }

    @Override
    public @Nullable String get(String label) {
      return map.get(label);
    }

    @Override
    public Map<String, String> asMap() {
      return new TreeMap<>(map);
    }
  }
}
