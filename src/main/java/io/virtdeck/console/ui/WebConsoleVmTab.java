package io.virtdeck.console.ui;

import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import org.springframework.stereotype.Component;

/** The VM page's Console tab. */
@Component
class WebConsoleVmTab extends ConsoleVmTab {

  WebConsoleVmTab(ConsoleAccess access, ConsoleVms vms) {
    super(access, vms, ConsoleKind.VNC);
  }

  @Override
  public String titleKey() {
    return "console.tab";
  }

  @Override
  public String id() {
    return "tab-console";
  }

  @Override
  public int order() {
    return 10;
  }
}
