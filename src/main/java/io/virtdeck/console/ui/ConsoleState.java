package io.virtdeck.console.ui;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import io.virtdeck.vm.rows.PowerState;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A console's connection state as the browser reports it: connecting, connected, or disconnected
 * with the WebSocket's close code (VirtDeck's own codes are 4000-4999) and reason.
 */
record ConsoleState(String state, int code, String reason) {

  static final int HELD = 4409;
  static final int NOT_RUNNING = 4404;
  static final int POWERED_OFF = 4410;

  /** Before the browser reported anything. */
  static final ConsoleState INITIAL = new ConsoleState("connecting", 0, "");

  boolean connected() {
    return state.equals("connected");
  }

  boolean disconnected() {
    return state.equals("disconnected");
  }

  /** Whether the console closed because its VM does not run: it connects once the VM runs. */
  boolean waitsForVm() {
    return disconnected() && (code == NOT_RUNNING || code == POWERED_OFF);
  }

  /** Whether to offer Power On: waiting for a VM that is off, to a user who may start it. */
  boolean offersPowerOn(Optional<PowerState> power, boolean permitted) {
    return waitsForVm() && power.equals(Optional.of(PowerState.POWERED_OFF)) && permitted;
  }

  /** Whether to connect now that the VM's state is {@code power}: it runs after a wait. */
  boolean connectsOn(Optional<PowerState> power) {
    return waitsForVm() && power.equals(Optional.of(PowerState.POWERED_ON));
  }

  /** The i18n key of the sentence the user sees. */
  String textKey() {
    return switch (state) {
      case "connecting" -> "console.state.connecting";
      case "connected" -> "console.state.connected";
      default ->
          switch (code) {
            case 4403, 4404, 4408, 4409, 4410, 4411, 4413, 4503 -> "console.close." + code;
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
