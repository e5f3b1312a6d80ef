package io.virtdeck.demo.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import org.junit.jupiter.api.Test;

class ScaleObjectsTest {

  @Test
  void everyScaleInstanceIsLiveMigratableSoHostsCanBeDrained() {
    var plan = ScalePlan.of(100);
    for (int i : new int[] {1, 2, 3, 50}) {
      var vmi =
          Serialization.unmarshal(
              Serialization.asJson(ScaleObjects.vmi(plan, i, 0, 0)), VirtualMachineInstance.class);
      assertThat(vmi.getStatus().conditions)
          .anySatisfy(
              c -> {
                assertThat(c.type).isEqualTo("LiveMigratable");
                assertThat(c.holds()).isTrue();
              });
    }
  }
}
