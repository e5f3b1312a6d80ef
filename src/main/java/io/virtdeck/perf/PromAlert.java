package io.virtdeck.perf;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One alert of Prometheus's {@code /api/v1/alerts}: labels, annotations, state, since when. */
public record PromAlert(
    Map<String, String> labels,
    Map<String, String> annotations,
    String state,
    @Nullable Instant activeAt) {

  public PromAlert {
    labels = Map.copyOf(labels);
    annotations = Map.copyOf(annotations);
  }

  public String label(String name) {
    return labels.getOrDefault(name, "");
  }

  public String annotation(String name) {
    return annotations.getOrDefault(name, "");
  }
}
