package io.virtdeck.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.testing.Fixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Convert to Template and back patch only the template label, testing what a race would break. */
class TemplatePatchTest {

  private static VirtualMachine stopped() {
    VirtualMachine vm = Fixtures.load("vm-stopped.yaml", VirtualMachine.class);
    vm.getMetadata().setResourceVersion("42");
    return vm;
  }

  @Test
  void aLabelledVmGetsTheLabelAfterATestThatItStillMayNotRun() {
    VirtualMachine vm = stopped();
    vm.getMetadata().setLabels(new HashMap<>(Map.of("app", "ad")));

    assertThat(JsonPatch.json(TemplatePatch.toTemplate(vm)))
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/spec/runStrategy\",\"value\":\"Halted\"},"
                + "{\"op\":\"add\",\"path\":\"/metadata/labels/virtdeck.io~1template\","
                + "\"value\":\"true\"}]");
  }

  @Test
  void aVmWithoutLabelsGetsTheMapOnlyIfNobodyChangedItMeanwhile() {
    VirtualMachine vm = stopped();
    vm.getMetadata().setLabels(null);

    assertThat(JsonPatch.json(TemplatePatch.toTemplate(vm)))
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/spec/runStrategy\",\"value\":\"Halted\"},"
                + "{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"42\"},"
                + "{\"op\":\"add\",\"path\":\"/metadata/labels\","
                + "\"value\":{\"virtdeck.io/template\":\"true\"}}]");
  }

  @Test
  void aVmWithTheOldRunningFieldIsTestedOnThatField() {
    VirtualMachine vm = stopped();
    vm.getSpec().runStrategy = null;
    vm.getSpec().running = false;
    vm.getMetadata().setLabels(new HashMap<>(Map.of("app", "ad")));

    assertThat(TemplatePatch.toTemplate(vm).getFirst())
        .containsEntry("op", "test")
        .containsEntry("path", "/spec/running")
        .containsEntry("value", false);
  }

  @Test
  void convertingBackRemovesTheLabelOnlyIfItIsStillThere() {
    assertThat(JsonPatch.json(TemplatePatch.toVirtualMachine()))
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/metadata/labels/virtdeck.io~1template\","
                + "\"value\":\"true\"},"
                + "{\"op\":\"remove\",\"path\":\"/metadata/labels/virtdeck.io~1template\"}]");
  }
}
