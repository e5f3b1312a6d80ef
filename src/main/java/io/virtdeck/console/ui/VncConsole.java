package io.virtdeck.console.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/** noVNC in the browser, connected to VirtDeck's console WebSocket. */
@Tag("vd-vnc-console")
@JsModule("./components/vd-vnc-console.js")
@NpmPackage(value = "@novnc/novnc", version = "1.7.0")
class VncConsole extends ConsoleElement {

  VncConsole() {
    super("vnc-console");
  }

  void ctrlAltDel() {
    getElement().callJsFunction("ctrlAltDel");
  }

  void sendCombo(KeyCombo combo) {
    getElement().executeJs("this.sendCombo(JSON.parse($0))", combo.keysymsJson());
  }

  void paste(String text) {
    getElement().callJsFunction("paste", text);
  }

  Registration onPasteProgress(Consumer<int[]> listener) {
    return getElement()
        .addEventListener(
            "paste-progress",
            e ->
                listener.accept(
                    new int[] {
                      (int) e.getEventData().get("event.detail.done").asDouble(),
                      (int) e.getEventData().get("event.detail.total").asDouble()
                    }))
        .addEventData("event.detail.done")
        .addEventData("event.detail.total");
  }

  void fullscreen() {
    getElement().callJsFunction("fullscreen");
  }

  void scale(boolean fit) {
    getElement().callJsFunction("scale", fit);
  }
}
