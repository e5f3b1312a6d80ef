package io.virtdeck.vm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A template shows vSphere's template icon and "Template" where a VM shows its power state. */
class PowerStateIconTest {

  private static VmRow row(boolean template) {
    return new VmRow(
        new ResourceKey("shop", "fedora-template"),
        PowerState.POWERED_OFF,
        "Stopped",
        "",
        List.of(),
        "Fedora",
        2,
        4L << 30,
        Instant.EPOCH,
        template);
  }

  @Test
  void aTemplateShowsTheTemplateIconAndTheWordTemplate() {
    VmRow template = row(true);

    assertThat(PowerStateIcon.iconName(template)).isEqualTo("vaadin:copy-o");
    assertThat(PowerStateIcon.key(template)).isEqualTo("power.template");
    assertThat(PowerStateIcon.of(template).getElement().getAttribute("data-power"))
        .isEqualTo("TEMPLATE");
    assertThat(PowerStateIcon.of(template).getElement().getAttribute("icon"))
        .isEqualTo("vaadin:copy-o");
  }

  @Test
  void aStoppedVmShowsItsPowerState() {
    VmRow vm = row(false);

    assertThat(PowerStateIcon.iconName(vm)).isEqualTo("vaadin:stop");
    assertThat(PowerStateIcon.key(vm)).isEqualTo("power.powered_off");
    assertThat(PowerStateIcon.of(vm).getElement().getAttribute("data-power"))
        .isEqualTo("POWERED_OFF");
  }
}
