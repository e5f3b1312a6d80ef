package io.virtdeck.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** xterm.js in the browser, connected to VirtDeck's console WebSocket. */
@Tag("vd-serial-console")
@JsModule("./components/vd-serial-console.js")
@NpmPackage(value = "@xterm/xterm", version = "6.0.0")
@NpmPackage(value = "@xterm/addon-fit", version = "0.11.0")
class SerialConsole extends Component implements ConsoleElement {

  SerialConsole() {
    setId("serial-console");
  }

  @Override
  public void connect(String path) {
    getElement().callJsFunction("connect", path);
  }

  @Override
  public void disconnect() {
    getElement().callJsFunction("disconnect");
  }

  @Override
  public Registration onState(Consumer<ConsoleState> listener) {
    return ConsoleState.listen(getElement(), listener);
  }
}
