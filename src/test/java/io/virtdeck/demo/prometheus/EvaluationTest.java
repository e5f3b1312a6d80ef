package io.virtdeck.demo.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final double T = 1_800_000_000;
  private static final long GI = 1L << 30;

  private final FakeObjects objects =
      new FakeObjects()
          .run("shop", "web-01", "worker-01", 2, 4 * GI)
          .run("shop", "db-01", "worker-02", 4, 16 * GI)
          .run("dev", "ci-runner-01", "worker-01", 8, 8 * GI);

  private List<Sample> eval(String query) {
    return new Evaluation(objects).at(PromParser.parse(query), T);
  }

  @Test
  void aSelectorGivesOneSeriesPerRunningVmWithKubeVirtsLabels() {
    var samples = eval("kubevirt_vmi_memory_available_bytes{namespace=\"shop\"}");

    assertThat(samples).hasSize(2);
    assertThat(samples.getFirst().labels().asMap())
        .containsEntry("__name__", "kubevirt_vmi_memory_available_bytes")
        .containsEntry("name", "web-01")
        .containsEntry("namespace", "shop")
        .containsEntry("node", "worker-01");
    assertThat(samples.getFirst().value()).isEqualTo(4.0 * GI);
  }

  @Test
  void cpuRateStaysWithinTheVmsCpus() {
    var samples =
        eval("rate(kubevirt_vmi_cpu_usage_seconds_total{namespace=\"shop\",name=\"web-01\"}[5m])");

    assertThat(samples).hasSize(1);
    assertThat(samples.getFirst().value()).isBetween(0.0, 2.0);
    assertThat(samples.getFirst().labels().asMap()).doesNotContainKey("__name__");
  }

  @Test
  void seriesAreDeterministic() {
    String query = "rate(kubevirt_vmi_network_receive_bytes_total[5m])";

    assertThat(eval(query))
        .extracting(Sample::value)
        .isEqualTo(eval(query).stream().map(Sample::value).toList());
  }

  @Test
  void busyVmsAreBusierThanIdleOnesOnAverage() {
    double db = 0;
    double web = 0;
    for (int minute = 0; minute < 24 * 60; minute += 7) {
      var evaluation = new Evaluation(objects);
      var samples =
          evaluation.at(
              PromParser.parse(
                  "rate(kubevirt_vmi_cpu_usage_seconds_total{namespace=\"shop\"}[5m])"),
              T + minute * 60);
      db += samples.get(1).value() / 4;
      web += samples.get(0).value() / 2;
    }
    assertThat(db).isGreaterThan(web);
  }

  @Test
  void sumByNodeAddsTheVmsOfEachHost() {
    var byVm = eval("rate(kubevirt_vmi_cpu_usage_seconds_total[5m])");
    var byNode = eval("sum by (node) (rate(kubevirt_vmi_cpu_usage_seconds_total[5m]))");

    double worker01 =
        byVm.stream()
            .filter(s -> "worker-01".equals(s.labels().get("node")))
            .mapToDouble(Sample::value)
            .sum();
    assertThat(byNode).hasSize(2);
    assertThat(byNode.getFirst().labels().asMap()).isEqualTo(Map.of("node", "worker-01"));
    assertThat(byNode.getFirst().value()).isCloseTo(worker01, within(1e-9));
  }

  @Test
  void topkKeepsTheLargestSeries() {
    var top = eval("topk(1, sum by (namespace, name) (kubevirt_vmi_memory_available_bytes))");

    assertThat(top).hasSize(1);
    assertThat(top.getFirst().labels().asMap())
        .isEqualTo(Map.of("namespace", "shop", "name", "db-01"));
  }

  @Test
  void regexMatchersAreAnchored() {
    assertThat(eval("kubevirt_vmi_memory_available_bytes{namespace=~\"sho\"}")).isEmpty();
    assertThat(eval("kubevirt_vmi_memory_available_bytes{namespace=~\"shop|dev\"}")).hasSize(3);
    assertThat(eval("kubevirt_vmi_memory_available_bytes{namespace!~\"shop\"}")).hasSize(1);
  }

  @Test
  void aNameMatcherOnAnotherNamespaceFindsNothing() {
    assertThat(
            eval(
                "kubevirt_vmi_memory_available_bytes{namespace=\"shop\","
                    + "name=\"ci-runner-01\"}"))
        .isEmpty();
  }

  @Test
  void aStoppedVmHasNoSamples() {
    objects.running.remove("shop/web-01");

    assertThat(eval("kubevirt_vmi_memory_resident_bytes{namespace=\"shop\",name=\"web-01\"}"))
        .isEmpty();
  }

  @Test
  void residentMemoryStaysBelowTheGuestsMemory() {
    var resident = eval("kubevirt_vmi_memory_resident_bytes");

    assertThat(resident).allSatisfy(s -> assertThat(s.value()).isLessThan(16.0 * GI));
  }
}
