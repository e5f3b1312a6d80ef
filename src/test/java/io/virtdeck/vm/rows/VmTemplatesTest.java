package io.virtdeck.vm.rows;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.testing.Fixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A VM labelled {@code virtdeck.io/template: "true"} is a template, and its row says so. */
class VmTemplatesTest {

  private VirtualMachine stopped(Map<String, String> labels) {
    VirtualMachine vm = Fixtures.load("vm-stopped.yaml", VirtualMachine.class);
    vm.getMetadata().setLabels(new HashMap<>(labels));
    return vm;
  }

  @Test
  void onlyTheLabelWithTheValueTrueMakesATemplate() {
    assertThat(VmTemplates.isTemplate(stopped(Map.of(VmTemplates.LABEL, "true")))).isTrue();
    assertThat(VmTemplates.isTemplate(stopped(Map.of(VmTemplates.LABEL, "false")))).isFalse();
    assertThat(VmTemplates.isTemplate(stopped(Map.of(VmTemplates.LABEL, "yes")))).isFalse();
    assertThat(VmTemplates.isTemplate(stopped(Map.of("app", "web")))).isFalse();
    VirtualMachine unlabelled = Fixtures.load("vm-stopped.yaml", VirtualMachine.class);
    unlabelled.getMetadata().setLabels(null);
    assertThat(VmTemplates.isTemplate(unlabelled)).isFalse();
  }

  @Test
  void aTemplatesRowIsMarkedAndKeepsItsPowerStateAndHardware() {
    VmRow row = VmRows.row(stopped(Map.of(VmTemplates.LABEL, "true", "app", "web")), null);

    assertThat(row.template()).isTrue();
    assertThat(row.powerState()).isEqualTo(PowerState.POWERED_OFF);
    assertThat(row.vcpus()).isEqualTo(1);
    assertThat(row.memoryBytes()).isEqualTo(8L * 1024 * 1024 * 1024);
    assertThat(VmRows.withoutInstance(stopped(Map.of(VmTemplates.LABEL, "true"))).template())
        .isTrue();
  }

  @Test
  void anOrdinaryVmsRowIsNoTemplate() {
    assertThat(VmRows.row(stopped(Map.of("app", "web")), null).template()).isFalse();
    assertThat(VmRows.withoutInstance(stopped(Map.of())).template()).isFalse();
  }
}
