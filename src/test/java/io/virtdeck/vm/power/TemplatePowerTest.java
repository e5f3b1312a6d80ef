package io.virtdeck.vm.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.TaskService;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmYaml;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every power action is unavailable on a template, with the reason; a stopped VM may start. */
class TemplatePowerTest {

  private final VmOperations operations =
      new VmOperations(
          mock(VmInventory.class),
          mock(VmYaml.class),
          mock(AccessReviews.class),
          mock(TaskService.class));

  private static VmRow stopped(boolean template) {
    return new VmRow(
        new ResourceKey("shop", "rhel9-template"),
        PowerState.POWERED_OFF,
        "Stopped",
        "",
        List.of(),
        "",
        2,
        4L << 30,
        Instant.EPOCH,
        template);
  }

  @Test
  void noPowerActionIsAvailableOnATemplate() {
    for (PowerAction action : PowerAction.values()) {
      assertThat(operations.unavailableBecause(action, stopped(true)))
          .as(action.name())
          .contains("vm.action.disabled.template");
    }
  }

  @Test
  void theSameVmNotMarkedAsATemplateMayBePoweredOn() {
    assertThat(operations.unavailableBecause(PowerAction.POWER_ON, stopped(false)))
        .isEqualTo(Optional.empty());
  }
}
