package io.virtdeck.console.ui;

import com.vaadin.flow.router.Route;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The serial console of a VM in its own browser tab. */
@Route("vm/:namespace/:name/serial")
@PermitAll
public class SerialConsoleView extends ConsoleView {

  public SerialConsoleView(ConsoleAccess access, ConsoleVms vms, CurrentUser currentUser) {
    super(access, vms, currentUser, ConsoleKind.SERIAL);
  }
}
