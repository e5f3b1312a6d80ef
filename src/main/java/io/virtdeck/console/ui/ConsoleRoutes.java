package io.virtdeck.console.ui;

import io.virtdeck.console.ConsoleKind;
import io.virtdeck.vm.rows.PowerState;

/** Where a VM's console pages are, and for which VMs they are offered. */
final class ConsoleRoutes {

  private ConsoleRoutes() {}

  /** The route of the console page, {@code vm/{ns}/{name}/console} or {@code .../serial}. */
  static String route(String namespace, String name, ConsoleKind kind) {
    return "vm/" + namespace + "/" + name + (kind == ConsoleKind.VNC ? "/console" : "/serial");
  }

  /** Whether the VM's instance runs, so that its console has something to show. */
  static boolean runs(PowerState state) {
    return state == PowerState.POWERED_ON || state == PowerState.SUSPENDED;
  }
}
