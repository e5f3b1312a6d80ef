package io.virtdeck.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * A console custom element in the browser (noVNC or xterm.js) that connects to a path of VirtDeck's
 * console WebSocket and reports its state.
 */
abstract class ConsoleElement extends Component {

  ConsoleElement(String id) {
    setId(id);
  }

  void connect(String path) {
    getElement().callJsFunction("connect", path);
  }

  void disconnect() {
    getElement().callJsFunction("disconnect");
  }

  Registration onState(Consumer<ConsoleState> listener) {
    return ConsoleState.listen(getElement(), listener);
  }
}
