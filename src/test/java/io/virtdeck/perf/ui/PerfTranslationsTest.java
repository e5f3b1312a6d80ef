package io.virtdeck.perf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.perf.PerfChart;
import io.virtdeck.perf.PerfProblem;
import io.virtdeck.perf.TimeRange;
import io.virtdeck.perf.TopMetric;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The keys the performance views compute (not literal in the code) exist in both languages. */
class PerfTranslationsTest {

  static List<String> computedKeys() {
    List<String> keys = new ArrayList<>();
    for (PerfChart chart : PerfChart.values()) {
      keys.add(chart.titleKey());
      chart.series().forEach(s -> keys.add(s.legendKey()));
    }
    for (TimeRange.Kind kind : TimeRange.Kind.values()) {
      keys.add("perf.range." + kind.name().toLowerCase(Locale.ROOT));
    }
    for (TopMetric metric : TopMetric.values()) {
      keys.add(metric.titleKey());
    }
    keys.addAll(
        List.of(
            PerfProblem.NOT_CONFIGURED.key(),
            "perf.problem.unreachable",
            "perf.problem.refused",
            "perf.range.invalid.order",
            "perf.range.invalid.future",
            "perf.range.invalid.long"));
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"translations", "translations_zh_CN"})
  void everyComputedKeyIsTranslated(String bundle) throws IOException {
    Properties properties = new Properties();
    try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    assertThat(properties.stringPropertyNames()).containsAll(computedKeys());
  }

  @Test
  void thereAreKeysToCheck() {
    assertThat(computedKeys()).hasSizeGreaterThan(20);
  }
}
