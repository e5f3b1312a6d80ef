package io.virtdeck.console.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.ui.VmMenuAction;

/**
 * A console in the right-click menu of VM rows: offered for a running VM to users who may open its
 * {@code vnc} or {@code console} subresource; opens the console page in a new browser tab.
 */
abstract class ConsoleMenuEntry implements VmMenuAction {

  private final ConsoleAccess access;
  private final ConsoleKind kind;

  ConsoleMenuEntry(ConsoleAccess access, ConsoleKind kind) {
    this.access = access;
    this.kind = kind;
  }

  @Override
  public String id() {
    return labelKey();
  }

  @Override
  public boolean offered(MenuTarget target, UserIdentity user) {
    VmRow row = target.vm();
    return row != null
        && ConsoleRoutes.runs(row.powerState())
        && access.permitted(user, row.namespace(), row.name(), kind);
  }

  @Override
  public void run(Component owner, MenuTarget target, UserIdentity user) {
    VmRow row = target.vm();
    if (row == null) {
      return;
    }
    owner
        .getUI()
        .ifPresent(
            ui ->
                ui.getPage()
                    .open(ConsoleRoutes.route(row.namespace(), row.name(), kind), "_blank"));
  }

  /** Launch Web Console. */
  @org.springframework.stereotype.Component
  static class WebConsoleEntry extends ConsoleMenuEntry {

    WebConsoleEntry(ConsoleAccess access) {
      super(access, ConsoleKind.VNC);
    }

    @Override
    public int order() {
      return 0;
    }

    @Override
    public String labelKey() {
      return "console.launch";
    }
  }

  /** Open serial console. */
  @org.springframework.stereotype.Component
  static class SerialConsoleEntry extends ConsoleMenuEntry {

    SerialConsoleEntry(ConsoleAccess access) {
      super(access, ConsoleKind.SERIAL);
    }

    @Override
    public int order() {
      return 1;
    }

    @Override
    public String labelKey() {
      return "console.serial.launch";
    }
  }
}
