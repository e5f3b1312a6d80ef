package io.virtdeck.demo.prometheus;

import java.time.Duration;
import java.util.List;

/** A parsed query: a vector selector, a {@code rate} over one, or an aggregation of either. */
sealed interface PromExpr {

  /** {@code metric{label="value", ...}}: the metric name is a {@code __name__} matcher. */
  record Selector(List<LabelMatcher> matchers) implements PromExpr {
    public Selector {
      matchers = List.copyOf(matchers);
    }
  }

  /** {@code rate(selector[window])}: the per-second rate of a counter over the window. */
  record Rate(Selector selector, Duration window) implements PromExpr {}

  /**
   * {@code op by (labels) (inner)}, with {@code parameter} for {@code topk}/{@code bottomk}.
   *
   * @param op sum, avg, min, max, count, topk or bottomk
   * @param by the labels kept (empty: one result without labels)
   */
  record Aggregate(String op, List<String> by, int parameter, PromExpr inner) implements PromExpr {
    public Aggregate {
      by = List.copyOf(by);
    }

    /** Whether this is topk or bottomk, which keep whole series rather than combining them. */
    boolean selects() {
      return op.equals("topk") || op.equals("bottomk");
    }
  }
}
