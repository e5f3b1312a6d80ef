package io.virtdeck.host.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.host.HostState;

/** A host's state as an icon, as in vCenter's inventory. */
final class HostStateIcon {

  private HostStateIcon() {}

  static Icon of(HostState state) {
    Icon icon =
        switch (state) {
          case CONNECTED -> VaadinIcon.SERVER.create();
          case NOT_RESPONDING -> VaadinIcon.WARNING.create();
          case MAINTENANCE -> VaadinIcon.TOOLS.create();
          case ENTERING_MAINTENANCE -> VaadinIcon.HOURGLASS.create();
        };
    icon.addClassName("host-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
    icon.getElement().setAttribute("title", icon.getTranslation(state.key()));
    return icon;
  }
}
