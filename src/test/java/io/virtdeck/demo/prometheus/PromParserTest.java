package io.virtdeck.demo.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtdeck.demo.prometheus.LabelMatcher.Op;
import io.virtdeck.demo.prometheus.PromExpr.Aggregate;
import io.virtdeck.demo.prometheus.PromExpr.Rate;
import io.virtdeck.demo.prometheus.PromExpr.Selector;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PromParserTest {

  @Test
  void readsTheShapesVirtDeckSends() {
    var expr =
        PromParser.parse(
            "topk(10, sum by (namespace, name) (rate(kubevirt_vmi_cpu_usage_seconds_total"
                + "{namespace=~\"shop|dev\"}[5m])))");

    var topk = (Aggregate) expr;
    assertThat(topk.op()).isEqualTo("topk");
    assertThat(topk.parameter()).isEqualTo(10);
    var sum = (Aggregate) topk.inner();
    assertThat(sum.by()).containsExactly("namespace", "name");
    var rate = (Rate) sum.inner();
    assertThat(rate.window()).isEqualTo(Duration.ofMinutes(5));
    assertThat(rate.selector().matchers())
        .extracting(LabelMatcher::label, LabelMatcher::op, LabelMatcher::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "__name__", Op.EQUAL, "kubevirt_vmi_cpu_usage_seconds_total"),
            org.assertj.core.groups.Tuple.tuple("namespace", Op.REGEX, "shop|dev"));
  }

  @Test
  void byMayFollowTheArgumentAndNameMatchersMayStandAlone() {
    var sum =
        (Aggregate)
            PromParser.parse(
                "sum(rate({__name__=~\"kubevirt_vmi_network_(receive|transmit)_bytes_total\"}"
                    + "[1h30m])) by (node)");

    assertThat(sum.by()).containsExactly("node");
    assertThat(((Rate) sum.inner()).window()).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void stringEscapesAreDecoded() {
    var selector = (Selector) PromParser.parse("m{name=\"a\\\"b\\\\c}\", namespace='x'}");

    assertThat(selector.matchers().get(1).value()).isEqualTo("a\"b\\c}");
    assertThat(selector.matchers().get(2).value()).isEqualTo("x");
  }

  @Test
  void anEscapedQuoteCannotEndTheString() {
    var selector = (Selector) PromParser.parse("m{name=\"x\\\"} or vector(1) #\"}");

    assertThat(selector.matchers()).hasSize(2);
    assertThat(selector.matchers().get(1).value()).isEqualTo("x\"} or vector(1) #");
  }

  @Test
  void refusesWhatItCannotRead() {
    assertThatThrownBy(() -> PromParser.parse("m{name=\"x\"} or vector(1)"))
        .isInstanceOf(PromParser.BadQuery.class)
        .hasMessageContaining("unexpected o");
    assertThatThrownBy(() -> PromParser.parse("m{name=\"open"))
        .hasMessageContaining("unterminated");
    assertThatThrownBy(() -> PromParser.parse("rate(m[5q])")).hasMessageContaining("unit");
    assertThatThrownBy(() -> PromParser.parse("m{name=~\"(\"}"))
        .hasMessageContaining("regular expression");
  }

  @Test
  void readsDurations() {
    assertThat(PromParser.parseDuration("20s")).isEqualTo(Duration.ofSeconds(20));
    assertThat(PromParser.parseDuration("1d")).isEqualTo(Duration.ofDays(1));
    assertThat(PromParser.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
  }
}
