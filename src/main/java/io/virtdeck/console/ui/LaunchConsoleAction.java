package io.virtdeck.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.ui.VmHeaderAction;
import java.util.Optional;

/**
 * Launch Web Console in the VM header, as vSphere offers it right after Power On: opens the VM's
 * web console in a new browser tab. Shown only for a VM whose instance runs and only to users who
 * may open its {@code vnc} subresource.
 */
@org.springframework.stereotype.Component
class LaunchConsoleAction implements VmHeaderAction {

  private final ConsoleAccess access;

  LaunchConsoleAction(ConsoleAccess access) {
    this.access = access;
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public Optional<Component> create(VmRow row, UserIdentity user) {
    if (row.powerState() == PowerState.POWERED_OFF
        || !access.permitted(user, row.namespace(), row.name(), ConsoleKind.VNC)) {
      return Optional.empty();
    }
    String route = ConsoleRoutes.route(row.namespace(), row.name(), ConsoleKind.VNC);
    Button launch =
        new Button(
            I18NProvider.translate("console.launch"),
            VaadinIcon.DESKTOP.create(),
            e -> UI.getCurrent().getPage().open(route, "_blank"));
    launch.setId("action-launch-console");
    launch.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    return Optional.of(launch);
  }
}
