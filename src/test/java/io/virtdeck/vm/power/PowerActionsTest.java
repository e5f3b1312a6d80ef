package io.virtdeck.vm.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How power actions are offered and named. */
class PowerActionsTest {

  @Test
  void powerTasksAreNamedAsInVsphere() {
    ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);

    Map<PowerAction, String> names =
        Arrays.stream(PowerAction.values())
            .collect(Collectors.toMap(a -> a, a -> english.getString(a.titleKey())));

    assertThat(names)
        .containsEntry(PowerAction.POWER_ON, "Power On virtual machine")
        .containsEntry(PowerAction.POWER_OFF, "Power Off virtual machine")
        .containsEntry(PowerAction.SHUT_DOWN_GUEST, "Initiate guest OS shutdown")
        .containsEntry(PowerAction.SUSPEND, "Suspend virtual machine");
    assertThat(names.values()).allMatch(name -> !name.isBlank() && !name.contains("Guest OS"));
  }

  @Test
  void theBulkBarOffersPowerOffBesideTheGentlerActions() {
    assertThat(PowerAction.BULK)
        .containsExactly(
            PowerAction.POWER_ON,
            PowerAction.SHUT_DOWN_GUEST,
            PowerAction.POWER_OFF,
            PowerAction.RESTART);
    assertThat(PowerAction.POWER_OFF.needsConfirmation()).isTrue();
  }
}
