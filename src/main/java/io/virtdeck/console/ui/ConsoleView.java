package io.virtdeck.console.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.console.ConsoleAccess;
import io.virtdeck.console.ConsoleKind;
import io.virtdeck.security.CurrentUser;

/**
 * A console in a browser tab of its own, filling the window, the VM's name in the tab's title.
 * Users who may not open it get a sentence, and no connection is attempted.
 */
abstract class ConsoleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final ConsoleAccess access;
  private final ConsoleVms vms;
  private final UserIdentity user;
  private final ConsoleKind kind;
  private String name = "";

  ConsoleView(ConsoleAccess access, ConsoleVms vms, CurrentUser currentUser, ConsoleKind kind) {
    this.access = access;
    this.vms = vms;
    this.user = currentUser.require();
    this.kind = kind;
    setSizeFull();
    getStyle().set("height", "100vh");
    addClassName("console-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String namespace = event.getRouteParameters().get("namespace").orElse("");
    name = event.getRouteParameters().get("name").orElse("");
    removeAll();
    if (!access.permitted(user, namespace, name, kind)) {
      Div refused = new Div(getTranslation("console.close.4403"));
      refused.setId("console-refused");
      add(refused);
      return;
    }
    add(new ConsolePanel(vms.of(user, namespace, name), kind));
  }

  @Override
  public String getPageTitle() {
    return getTranslation(kind == ConsoleKind.VNC ? "console.title" : "console.serial.title", name);
  }
}
