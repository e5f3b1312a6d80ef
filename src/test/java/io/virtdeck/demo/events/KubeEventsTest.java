package io.virtdeck.demo.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.time.Instant;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KubeEventsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T15:52:45.123456789Z");

  private static io.fabric8.kubernetes.api.model.GenericKubernetesResource vm() {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("kubevirt.io/v1")
        .withKind("VirtualMachine")
        .withNewMetadata()
        .withNamespace("shop")
        .withName("web-01")
        .withUid("uid-1")
        .endMetadata()
        .build();
  }

  @Test
  void eventCarriesReferenceTimesCountAndComponent() {
    var event =
        KubeEvents.event(
            KubeEvents.reference(vm()),
            KubeEvents.NORMAL,
            "Started",
            "VirtualMachineInstance started.",
            "virt-handler",
            "worker-02",
            NOW);

    assertThat(event.getMetadata().getNamespace()).isEqualTo("shop");
    assertThat(event.getMetadata().getName()).matches("web-01\\.[0-9a-f]{16}");
    var involved = event.getInvolvedObject();
    assertThat(involved.getKind()).isEqualTo("VirtualMachine");
    assertThat(involved.getApiVersion()).isEqualTo("kubevirt.io/v1");
    assertThat(involved.getNamespace()).isEqualTo("shop");
    assertThat(involved.getName()).isEqualTo("web-01");
    assertThat(involved.getUid()).isEqualTo("uid-1");
    assertThat(event.getType()).isEqualTo("Normal");
    assertThat(event.getReason()).isEqualTo("Started");
    assertThat(event.getMessage()).isEqualTo("VirtualMachineInstance started.");
    assertThat(event.getSource().getComponent()).isEqualTo("virt-handler");
    assertThat(event.getSource().getHost()).isEqualTo("worker-02");
    assertThat(event.getReportingComponent()).isEqualTo("virt-handler");
    assertThat(event.getReportingInstance()).isEqualTo("virt-handler-worker-02");
    assertThat(event.getCount()).isEqualTo(1);
    assertThat(event.getFirstTimestamp()).isEqualTo("2026-11-27T15:52:45Z");
    assertThat(event.getLastTimestamp()).isEqualTo("2026-11-27T15:52:45Z");
    assertThat(event.getEventTime().getTime()).isEqualTo("2026-11-27T15:52:45.123456Z");
  }

  @Test
  void namesAreUniqueEvenAtTheSameInstant() {
    var names = new HashSet<String>();
    IntStream.range(0, 100).forEach(i -> names.add(KubeEvents.name("web-01", NOW)));
    assertThat(names).hasSize(100).allMatch(n -> n.matches("web-01\\.[0-9a-f]+"));
  }
}
