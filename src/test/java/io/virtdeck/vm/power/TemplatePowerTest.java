package io.virtdeck.vm.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.task.TaskService;
import io.virtdeck.testing.StoppedRows;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmYaml;
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

  @Test
  void noPowerActionIsAvailableOnATemplate() {
    for (PowerAction action : PowerAction.values()) {
      assertThat(
              operations.unavailableBecause(
                  action, StoppedRows.row("shop", "rhel9-template", true)))
          .as(action.name())
          .contains("vm.action.disabled.template");
    }
  }

  @Test
  void theSameVmNotMarkedAsATemplateMayBePoweredOn() {
    assertThat(
            operations.unavailableBecause(
                PowerAction.POWER_ON, StoppedRows.row("shop", "rhel9-template", false)))
        .isEqualTo(Optional.empty());
  }
}
