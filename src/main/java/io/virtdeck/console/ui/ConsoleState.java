package io.virtdeck.console.ui;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * A console's connection state as the browser reports it: connecting, connected, or disconnected
 * with the WebSocket's close code (VirtDeck's own codes are 4000-4999) and reason.
 */
record ConsoleState(String state, int code, String reason) {

  static final int HELD = 4409;
  static final int NOT_RUNNING = 4404;

  boolean connected() {
    return state.equals("connected");
  }

  boolean disconnected() {
    return state.equals("disconnected");
  }

  /** The i18n key of the sentence the user sees. */
  String textKey() {
    return switch (state) {
      case "connecting" -> "console.state.connecting";
      case "connected" -> "console.state.connected";
      default ->
          switch (code) {
            case 4403, 4404, 4408, 4409, 4410, 4413, 4503 -> "console.close." + code;
            case 1000 -> "console.close.normal";
            default -> "console.close.other";
          };
    };
  }

  static Registration listen(Element element, Consumer<ConsoleState> listener) {
    return element
        .addEventListener(
            "state-changed",
            e ->
                listener.accept(
                    new ConsoleState(
                        e.getEventData().get("event.detail.state").asString(),
                        (int) e.getEventData().get("event.detail.code").asDouble(),
                        e.getEventData().get("event.detail.reason").asString())))
        .addEventData("event.detail.state")
        .addEventData("event.detail.code")
        .addEventData("event.detail.reason");
  }
}
