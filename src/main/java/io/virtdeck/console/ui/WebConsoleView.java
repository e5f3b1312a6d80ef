package io.virtdeck.console.ui;

import com.vaadin.flow.router.Route;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The web console (VNC) of a VM in its own browser tab: Launch Web Console opens it. */
@Route("vm/:namespace/:name/console")
@PermitAll
public class WebConsoleView extends ConsoleView {

  public WebConsoleView(ConsoleAccess access, ConsoleVms vms, CurrentUser currentUser) {
    super(access, vms, currentUser, ConsoleKind.VNC);
  }
}
