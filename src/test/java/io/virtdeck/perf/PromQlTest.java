package io.virtdeck.perf;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.NamespaceScope;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromQlTest {

  private static final String QUERY_END = "[120s]))";

  private static String vmQuery(String namespace, String name) {
    return VmMetric.CPU_SECONDS.summed(
        PromQl.equal("namespace", namespace) + "," + PromQl.equal("name", name), 120);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "web-01\"} or kubevirt_vmi_cpu_usage_seconds_total{namespace=\"finance",
        "x\\\"}",
        "a}b{c",
        "back\\slash\\",
        "new\nline",
        "quote'single"
      })
  void aNameWithQuotesOrBracesStaysOneValue(String name) {
    var read = PromQlReader.read(vmQuery("shop", name));

    assertThat(read.matchers())
        .containsExactly(
            new PromQlReader.Matcher("namespace", "=", "shop"),
            new PromQlReader.Matcher("name", "=", name));
    assertThat(read.rest()).isEqualTo(QUERY_END);
  }

  @Test
  void aNamespaceWithQuotesCannotEscapeEither() {
    String namespace = "shop\"} or up{x=\"";

    var read = PromQlReader.read(vmQuery(namespace, "web-01"));

    assertThat(read.matchers()).hasSize(2);
    assertThat(read.matchers().getFirst().value()).isEqualTo(namespace);
    assertThat(read.rest()).isEqualTo(QUERY_END);
  }

  @Test
  void theScopeBecomesAnExactAlternationOfItsNamespaces() {
    var matcher = PromQl.namespaces(NamespaceScope.only(Set.of("shop", "dev"))).orElseThrow();

    var read = PromQlReader.read("{" + matcher + "}");
    assertThat(read.matchers()).hasSize(1);
    assertThat(read.matchers().getFirst().op()).isEqualTo("=~");
    Pattern regex = Pattern.compile("^(?:" + read.matchers().getFirst().value() + ")$");
    assertThat(regex.matcher("shop").matches()).isTrue();
    assertThat(regex.matcher("dev").matches()).isTrue();
    assertThat(regex.matcher("finance").matches()).isFalse();
  }

  @Test
  void regexSyntaxInANamespaceMatchesOnlyItself() {
    String odd = "a.*|b";
    var matcher = PromQl.anyOf("namespace", List.of(odd, "shop\"}"));

    var read = PromQlReader.read("{" + matcher + "}");
    Pattern regex = Pattern.compile("^(?:" + read.matchers().getFirst().value() + ")$");
    assertThat(read.matchers()).hasSize(1);
    assertThat(regex.matcher(odd).matches()).isTrue();
    assertThat(regex.matcher("shop\"}").matches()).isTrue();
    assertThat(regex.matcher("aXYZ").matches()).isFalse();
    assertThat(regex.matcher("b").matches()).isFalse();
  }

  @Test
  void allNamespacesNeedNoMatcherAndNoneNeedNoQuery() {
    assertThat(PromQl.namespaces(NamespaceScope.ALL)).contains("");
    assertThat(PromQl.namespaces(NamespaceScope.NONE)).isEmpty();
  }

  @Test
  void countersAreReadAsRatesAndGaugesAsTheyAre() {
    assertThat(VmMetric.NETWORK_RECEIVE.summed("namespace=\"shop\"", 300, "node"))
        .isEqualTo(
            "sum by (node) (rate(kubevirt_vmi_network_receive_bytes_total{namespace=\"shop\"}"
                + "[300s]))");
    assertThat(VmMetric.MEMORY_AVAILABLE.summed("", 300))
        .isEqualTo("sum (kubevirt_vmi_memory_available_bytes{})");
  }

  @Test
  void topConsumersAddTheirMetricsByVm() {
    assertThat(TopMetric.NETWORK.query(10, "namespace=~\"shop\"", 300))
        .isEqualTo(
            "topk(10, sum by (namespace, name) (rate({__name__=~\""
                + "kubevirt_vmi_network_receive_bytes_total|kubevirt_vmi_network_transmit_bytes_total"
                + "\",namespace=~\"shop\"}[300s])))");
  }
}
