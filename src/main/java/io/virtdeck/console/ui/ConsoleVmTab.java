package io.virtdeck.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.vm.ui.VmTab;

/**
 * The Console and Serial console tabs of a VM: Launch in a new browser tab, or open here (the
 * console connects only then, so that opening the VM page takes nobody's console).
 */
abstract class ConsoleVmTab implements VmTab {

  private final ConsoleAccess access;
  private final ConsoleVms vms;
  private final ConsoleKind kind;

  ConsoleVmTab(ConsoleAccess access, ConsoleVms vms, ConsoleKind kind) {
    this.access = access;
    this.vms = vms;
    this.kind = kind;
  }

  @Override
  public Component create(ResourceKey vm, UserIdentity user) {
    VerticalLayout content = new VerticalLayout();
    content.setHeight("640px");
    content.setPadding(false);
    if (!access.permitted(user, vm.namespace(), vm.name(), kind)) {
      content.add(new Div(content.getTranslation("console.close.4403")));
      return content;
    }
    String route = ConsoleRoutes.route(vm.namespace(), vm.name(), kind);
    Button launch =
        new Button(
            content.getTranslation(
                kind == ConsoleKind.VNC ? "console.launch" : "console.serial.launch"),
            e -> UI.getCurrent().getPage().open(route, "_blank"));
    launch.setId(id() + "-launch");
    launch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button here = new Button(content.getTranslation("console.openHere"));
    here.setId(id() + "-open");
    here.addClickListener(
        e -> {
          here.setVisible(false);
          var panel = new ConsolePanel(vms.of(user, vm.namespace(), vm.name()), kind);
          content.add(panel);
          content.setFlexGrow(1, panel);
        });
    content.add(new Div(launch, here));
    return content;
  }
}
