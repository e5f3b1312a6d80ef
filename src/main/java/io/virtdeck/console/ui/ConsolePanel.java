package io.virtdeck.console.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.console.ConsoleTarget;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.rows.PowerState;
import java.util.Optional;

/**
 * A console with its toolbar and connection state in words: connects when shown, disconnects when
 * hidden; Reconnect after a disconnect, Take over when someone else holds the VNC console. When the
 * VM does not run it offers Power On (to users who may start it) and connects once the VM runs.
 */
class ConsolePanel extends VerticalLayout {

  private final String path;
  private final ConsoleElement console;
  private final Span state = new Span();
  private final Button reconnect;
  private final Button takeOver;
  private final Button powerOn;
  private final ConsoleVm vm;
  private ConsoleState last = ConsoleState.INITIAL;

  ConsolePanel(ConsoleVm vm, ConsoleKind kind) {
    this.vm = vm;
    String namespace = vm.key().namespace();
    String name = vm.key().name();
    this.path = ConsoleTarget.browserPath(namespace, name, kind);
    setSizeFull();
    setPadding(false);
    addClassName("console-panel");
    state.setId("console-state");
    reconnect = new Button(getTranslation("console.reconnect"), e -> connect(false));
    reconnect.setId("console-reconnect");
    takeOver = new Button(getTranslation("console.takeOver"), e -> connect(true));
    takeOver.setId("console-take-over");
    takeOver.addThemeVariants(ButtonVariant.LUMO_ERROR);
    powerOn = new Button(getTranslation("vm.action.power_on"), e -> powerOn());
    powerOn.setId("console-power-on");
    powerOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    reconnect.setVisible(false);
    takeOver.setVisible(false);
    powerOn.setVisible(false);
    HorizontalLayout toolbar = new HorizontalLayout();
    toolbar.setId("console-toolbar");
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    toolbar.setWidthFull();
    if (kind == ConsoleKind.VNC) {
      VncConsole vnc = new VncConsole();
      console = vnc;
      toolbar.add(VncToolbar.of(vnc));
    } else {
      console = new SerialConsole();
    }
    toolbar.add(state, powerOn, reconnect, takeOver, kubernetes(namespace, name, kind));
    Div screen = new Div(console);
    screen.addClassName("console-screen");
    screen.setSizeFull();
    console // custom elements are inline by default: xterm.js would fit 10 columns
        .getElement()
        .getStyle()
        .set("display", "block")
        .set("height", "100%")
        .set("min-height", "420px")
        .set("width", "100%");
    add(toolbar, screen);
    setFlexGrow(1, screen);
    console.onState(this::show);
    LiveUpdates.bind(this, vm::changes, changes -> vmChanged());
  }

  private Component kubernetes(String namespace, String name, ConsoleKind kind) {
    Button button = new Button(getTranslation("console.kubernetes"));
    button.setId("console-kubernetes");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Div text = new Div();
    text.setId("console-kubernetes-text");
    text.addClassName("kubernetes-text");
    text.getStyle().set("white-space", "pre").set("font-family", "monospace");
    text.setText(
        kind.virtctl(namespace, name)
            + "\nGET "
            + ConsoleAccess.apiPath(namespace, name, kind)
            + "  (WebSocket, plain.kubevirt.io)");
    text.setVisible(false);
    button.addClickListener(e -> text.setVisible(!text.isVisible()));
    return new Div(button, text);
  }

  private void connect(boolean takeOverSession) {
    // connecting from now on, whatever the browser last said: a VM that changes again before the
    // browser reports the new connection must not open a second one, which the first would hold
    last = ConsoleState.INITIAL;
    reconnect.setVisible(false);
    takeOver.setVisible(false);
    powerOn.setVisible(false);
    console.connect(takeOverSession ? path + "?takeOver=true" : path);
  }

  void show(ConsoleState current) {
    last = current;
    state.getElement().setAttribute("data-state", current.state());
    reconnect.setVisible(current.disconnected());
    takeOver.setVisible(current.disconnected() && current.code() == ConsoleState.HELD);
    showVm(vm.powerState());
  }

  /** The VM changed: connect if the console waited for it to run, else say what it waits for. */
  void vmChanged() {
    Optional<PowerState> power = vm.powerState();
    if (last.connectsOn(power)) {
      connect(false);
    } else {
      showVm(power);
    }
  }

  private void showVm(Optional<PowerState> power) {
    boolean starting = last.waitsForVm() && power.equals(Optional.of(PowerState.STARTING));
    boolean template = last.waitsForVm() && vm.template();
    state.setText(
        template
            ? getTranslation("console.wait.template", vm.key().name())
            : getTranslation(starting ? "console.wait.starting" : last.textKey()));
    powerOn.setVisible(last.waitsForVm() && last.offersPowerOn(power, vm.mayPowerOn()));
  }

  private void powerOn() {
    powerOn.setVisible(false);
    vm.powerOn();
    state.setText(getTranslation("console.wait.starting"));
  }

  @Override
  protected void onAttach(AttachEvent event) {
    connect(false);
  }

  @Override
  protected void onDetach(DetachEvent event) {
    console.disconnect();
  }
}
