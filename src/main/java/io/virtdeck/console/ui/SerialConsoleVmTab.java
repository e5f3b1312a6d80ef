package io.virtdeck.console.ui;

import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import org.springframework.stereotype.Component;

/** The VM page's Serial console tab. */
@Component
class SerialConsoleVmTab extends ConsoleVmTab {

  SerialConsoleVmTab(ConsoleAccess access, ConsoleVms vms) {
    super(access, vms, ConsoleKind.SERIAL);
  }

  @Override
  public String titleKey() {
    return "console.serial.tab";
  }

  @Override
  public String id() {
    return "tab-serial";
  }

  @Override
  public int order() {
    return 11;
  }
}
