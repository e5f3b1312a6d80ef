package io.virtdeck.console.ui;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** A console in the browser: connects to a path of VirtDeck's console WebSocket. */
interface ConsoleElement {

  void connect(String path);

  void disconnect();

  Registration onState(Consumer<ConsoleState> listener);
}
