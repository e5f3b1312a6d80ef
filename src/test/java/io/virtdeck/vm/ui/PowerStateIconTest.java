package io.virtdeck.vm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.testing.StoppedRows;
import io.virtdeck.vm.rows.VmRow;
import org.junit.jupiter.api.Test;

/** A template shows vSphere's template icon and "Template" where a VM shows its power state. */
class PowerStateIconTest {

  @Test
  void aTemplateShowsTheTemplateIconAndTheWordTemplate() {
    VmRow template = StoppedRows.row("shop", "fedora-template", true);

    assertThat(PowerStateIcon.iconName(template)).isEqualTo("vaadin:copy-o");
    assertThat(PowerStateIcon.key(template)).isEqualTo("power.template");
    assertThat(PowerStateIcon.of(template).getElement().getAttribute("data-power"))
        .isEqualTo("TEMPLATE");
    assertThat(PowerStateIcon.of(template).getElement().getAttribute("icon"))
        .isEqualTo("vaadin:copy-o");
  }

  @Test
  void aStoppedVmShowsItsPowerState() {
    VmRow vm = StoppedRows.row("shop", "fedora-template", false);

    assertThat(PowerStateIcon.iconName(vm)).isEqualTo("vaadin:stop");
    assertThat(PowerStateIcon.key(vm)).isEqualTo("power.powered_off");
    assertThat(PowerStateIcon.of(vm).getElement().getAttribute("data-power"))
        .isEqualTo("POWERED_OFF");
  }
}
