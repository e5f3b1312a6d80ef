package io.virtdeck.console.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** xterm.js in the browser, connected to VirtDeck's console WebSocket. */
@Tag("vd-serial-console")
@JsModule("./components/vd-serial-console.js")
@NpmPackage(value = "@xterm/xterm", version = "6.0.0")
@NpmPackage(value = "@xterm/addon-fit", version = "0.11.0")
class SerialConsole extends ConsoleElement {

  SerialConsole() {
    super("serial-console");
  }
}
