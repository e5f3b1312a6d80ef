package io.virtdeck.demo.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo applies a VirtualMachineClone's {@code spec.patches} to its target as KubeVirt does. */
class ClonePatchesTest {

  private static GenericKubernetesResource target() {
    var vm = new GenericKubernetesResource();
    vm.setApiVersion("kubevirt.io/v1");
    vm.setKind("VirtualMachine");
    vm.setMetadata(new ObjectMetaBuilder().withName("t").withLabels(Map.of("app", "x")).build());
    vm.setAdditionalProperties(
        new LinkedHashMap<>(Map.of("spec", new LinkedHashMap<>(Map.of("runStrategy", "Always")))));
    return vm;
  }

  @Test
  void thePatchesAreAppliedInOrder() {
    var patched =
        ClonePatches.apply(
            target(),
            List.of(
                "{\"op\":\"add\",\"path\":\"/metadata/labels/virtdeck.io~1template\",\"value\":\"true\"}",
                "{\"op\":\"add\",\"path\":\"/spec/runStrategy\",\"value\":\"Halted\"}"));

    assertThat(patched.getMetadata().getLabels())
        .containsEntry("app", "x")
        .containsEntry("virtdeck.io/template", "true");
    assertThat(((Map<?, ?>) patched.getAdditionalProperties().get("spec")).get("runStrategy"))
        .isEqualTo("Halted");
  }

  @Test
  void noPatchesLeaveTheTargetAsItIs() {
    GenericKubernetesResource vm = target();

    assertThat(ClonePatches.apply(vm, null)).isSameAs(vm);
  }

  @Test
  void aPatchThatDoesNotApplyFails() {
    assertThatThrownBy(
            () ->
                ClonePatches.apply(
                    target(),
                    List.of("{\"op\":\"replace\",\"path\":\"/spec/missing\",\"value\":1}")))
        .isInstanceOf(RuntimeException.class)
        .hasMessageContaining("missing");
  }
}
