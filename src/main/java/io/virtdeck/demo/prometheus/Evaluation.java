package io.virtdeck.demo.prometheus;

import io.virtdeck.demo.prometheus.LabelMatcher.Op;
import io.virtdeck.demo.prometheus.PromExpr.Aggregate;
import io.virtdeck.demo.prometheus.PromExpr.Rate;
import io.virtdeck.demo.prometheus.PromExpr.Selector;
import io.virtdeck.demo.prometheus.Sample.MapLabels;
import io.virtdeck.demo.prometheus.Sample.SeriesLabels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates one parsed query against the demo's running VMs, at one or many times. The series a
 * selector matches are found once per evaluation and reused for every step of a range query.
 */
final class Evaluation {

  private record Series(DemoMetric metric, RunningVmi vmi) {}

  private final DemoObjects objects;
  private final Map<Selector, List<Series>> selected = new HashMap<>();

  Evaluation(DemoObjects objects) {
    this.objects = objects;
  }

  /** The instant vector of {@code expr} at {@code t} seconds since the epoch. */
  List<Sample> at(PromExpr expr, double t) {
    return switch (expr) {
      case Selector selector -> {
        List<Sample> samples = new ArrayList<>();
        for (Series s : select(selector)) {
          samples.add(
              new Sample(
                  new SeriesLabels(s.metric(), s.vmi(), true), s.metric().value(s.vmi(), t)));
        }
        yield samples;
      }
      case Rate rate -> {
        double middle = t - rate.window().toSeconds() / 2.0;
        List<Sample> samples = new ArrayList<>();
        for (Series s : select(rate.selector())) {
          samples.add(
              new Sample(
                  new SeriesLabels(s.metric(), s.vmi(), false), s.metric().rate(s.vmi(), middle)));
        }
        yield samples;
      }
      case Aggregate aggregate -> aggregate(aggregate, at(aggregate.inner(), t));
    };
  }

  private static List<Sample> aggregate(Aggregate aggregate, List<Sample> input) {
    Map<List<@Nullable String>, List<Sample>> groups = new LinkedHashMap<>();
    for (Sample sample : input) {
      List<@Nullable String> key = new ArrayList<>(aggregate.by().size());
      for (String label : aggregate.by()) {
        key.add(sample.labels().get(label));
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(sample);
    }
    List<Sample> result = new ArrayList<>();
    for (var group : groups.entrySet()) {
      if (aggregate.selects()) {
        Comparator<Sample> order = Comparator.comparingDouble(Sample::value);
        group.getValue().stream()
            .sorted(aggregate.op().equals("topk") ? order.reversed() : order)
            .limit(aggregate.parameter())
            .forEach(result::add);
      } else {
        result.add(new Sample(labels(aggregate.by(), group.getKey()), combine(aggregate, group)));
      }
    }
    return result;
  }

  private static MapLabels labels(List<String> names, List<@Nullable String> values) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String value = values.get(i);
      if (value != null && !value.isEmpty()) {
        map.put(names.get(i), value);
      }
    }
    return new MapLabels(map);
  }

  private static double combine(
      Aggregate aggregate, Map.Entry<List<@Nullable String>, List<Sample>> group) {
    var values = group.getValue().stream().mapToDouble(Sample::value);
    return switch (aggregate.op()) {
      case "sum" -> values.sum();
      case "avg" -> values.average().orElse(Double.NaN);
      case "min" -> values.min().orElse(Double.NaN);
      case "max" -> values.max().orElse(Double.NaN);
      case "count" -> group.getValue().size();
      default -> throw new PromParser.BadQuery("unsupported aggregation " + aggregate.op());
    };
  }

  private List<Series> select(Selector selector) {
    return selected.computeIfAbsent(selector, this::find);
  }

  private List<Series> find(Selector selector) {
    List<DemoMetric> metrics = new ArrayList<>();
    for (DemoMetric metric : DemoMetric.values()) {
      if (matches(selector, "__name__", metric.metricName)) {
        metrics.add(metric);
      }
    }
    List<Series> found = new ArrayList<>();
    if (metrics.isEmpty()) {
      return found;
    }
    for (RunningVmi vmi : candidates(selector)) {
      for (DemoMetric metric : metrics) {
        if (selector.matchers().stream().allMatch(m -> m.matches(metric.label(vmi, m.label())))) {
          found.add(new Series(metric, vmi));
        }
      }
    }
    return found;
  }

  /** One VM when the selector names it exactly, else every running VM. */
  private Collection<RunningVmi> candidates(Selector selector) {
    String namespace = exact(selector, "namespace");
    String name = exact(selector, "name");
    if (namespace != null && name != null) {
      RunningVmi vmi = objects.running(namespace, name);
      return vmi == null ? List.of() : List.of(vmi);
    }
    return objects.running();
  }

  private static @Nullable String exact(Selector selector, String label) {
    return selector.matchers().stream()
        .filter(m -> m.label().equals(label) && m.op() == Op.EQUAL)
        .map(LabelMatcher::value)
        .findFirst()
        .orElse(null);
  }

  private static boolean matches(Selector selector, String label, String value) {
    return selector.matchers().stream()
        .filter(m -> m.label().equals(label))
        .allMatch(m -> m.matches(value));
  }
}
