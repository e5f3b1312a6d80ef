package io.virtdeck.host;

import static io.virtdeck.host.HostFixtures.node;
import static io.virtdeck.host.HostFixtures.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.virtdeck.task.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostFitTest {

  private static List<String> keys(List<Message> reasons) {
    return reasons.stream().map(Message::key).toList();
  }

  @Test
  void anotherReadyHostWithRoomFits() {
    var target = node("worker-02", 32, 256, true, false);
    var vm = vmi("web", "worker-01", 2, "4Gi");
    assertThat(HostFit.reasons(target, HostRows.of(target, List.of()), vm)).isEmpty();
  }

  @Test
  void theVmsOwnHostIsNotATarget() {
    var host = node("worker-01", 32, 256, true, false);
    var vm = vmi("web", "worker-01", 2, "4Gi");
    assertThat(keys(HostFit.reasons(host, HostRows.of(host, List.of(vm)), vm)))
        .containsExactly("host.fit.current");
  }

  @Test
  void notEnoughFreeMemorySaysHowMuch() {
    var target = node("small", 4, 10, true, false);
    var vm = vmi("db", "worker-01", 2, "16Gi");
    var reasons = HostFit.reasons(target, HostRows.of(target, List.of()), vm);
    assertThat(reasons).containsExactly(Message.of("host.fit.memory", "16 GiB", "8 GiB"));
  }

  @Test
  void cordonedAndNotReadyHostsSaySo() {
    var target = node("worker-02", 32, 256, false, true);
    var vm = vmi("web", "worker-01", 2, "4Gi");
    assertThat(keys(HostFit.reasons(target, HostRows.of(target, List.of()), vm)))
        .containsExactly("host.fit.maintenance");
    var down = node("worker-03", 32, 256, false, false);
    assertThat(keys(HostFit.reasons(down, HostRows.of(down, List.of()), vm)))
        .containsExactly("host.fit.not-ready");
  }

  @Test
  void nodeSelectorAffinityTaintAndCpuModel() {
    var target = node("worker-02", 32, 256, true, false);
    target
        .getSpec()
        .setTaints(
            List.of(
                new TaintBuilder()
                    .withKey("gpu")
                    .withValue("yes")
                    .withEffect("NoSchedule")
                    .build()));
    var vm = vmi("web", "worker-01", 2, "4Gi");
    vm.getSpec().nodeSelector = Map.of("topology.kubernetes.io/zone", "zone-b");
    vm.getSpec()
        .setAdditionalProperty(
            "affinity",
            Map.of(
                "nodeAffinity",
                Map.of(
                    "requiredDuringSchedulingIgnoredDuringExecution",
                    Map.of(
                        "nodeSelectorTerms",
                        List.of(
                            Map.of(
                                "matchExpressions",
                                List.of(
                                    Map.of(
                                        "key",
                                        "kubernetes.io/hostname",
                                        "operator",
                                        "In",
                                        "values",
                                        List.of("worker-03")))))))));
    vm.getSpec().domain.cpu.setAdditionalProperty("model", "Cascadelake-Server");
    assertThat(HostFit.reasons(target, HostRows.of(target, List.of()), vm))
        .containsExactly(
            Message.of("host.fit.selector", "topology.kubernetes.io/zone=zone-b"),
            Message.of("host.fit.affinity"),
            Message.of("host.fit.taint", "gpu=yes:NoSchedule"),
            Message.of("host.fit.cpu-model", "Cascadelake-Server"));
  }

  @Test
  void toleratedTaintIsNoReason() {
    var target = node("worker-02", 32, 256, true, false);
    target
        .getSpec()
        .setTaints(List.of(new TaintBuilder().withKey("gpu").withEffect("NoSchedule").build()));
    var vm = vmi("web", "worker-01", 2, "4Gi");
    vm.getSpec()
        .setAdditionalProperty("tolerations", List.of(Map.of("key", "gpu", "operator", "Exists")));
    assertThat(HostFit.reasons(target, HostRows.of(target, List.of()), vm)).isEmpty();
  }
}
