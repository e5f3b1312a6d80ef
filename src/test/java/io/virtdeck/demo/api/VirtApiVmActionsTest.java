package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VmActionsTest {

  private static GenericKubernetesResource vm(Map<String, Object> templateSpec) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("kubevirt.io/v1")
        .withKind("VirtualMachine")
        .withNewMetadata()
        .withNamespace("shop")
        .withName("web-01")
        .endMetadata()
        .addToAdditionalProperties("spec", Map.of("template", Map.of("spec", templateSpec)))
        .build();
  }

  @Test
  void stopDetailUsesTheRequestedGracePeriod() {
    assertThat(VirtApiVmActions.stopDetail(vm(Map.of()), 0)).isEqualTo("forced, grace period 0s");
    assertThat(VirtApiVmActions.stopDetail(vm(Map.of()), 30))
        .isEqualTo("graceful, grace period 30s");
  }

  @Test
  void stopDetailFallsBackToTheVmsOwnGracePeriodThenKubeVirtsDefault() {
    var windows = vm(Map.of("terminationGracePeriodSeconds", 3600));
    assertThat(VirtApiVmActions.stopDetail(windows, null))
        .isEqualTo("graceful, grace period 3600s");
    assertThat(VirtApiVmActions.stopDetail(vm(Map.of()), null))
        .isEqualTo("graceful, grace period 180s");
  }
}
