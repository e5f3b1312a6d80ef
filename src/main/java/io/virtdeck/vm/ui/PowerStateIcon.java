package io.virtdeck.vm.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.vm.rows.PowerState;
import java.util.Locale;

/** The icon vSphere admins expect for each power state. */
final class PowerStateIcon {

  private PowerStateIcon() {}

  static Icon of(PowerState state) {
    Icon icon =
        switch (state) {
          case POWERED_ON -> VaadinIcon.PLAY_CIRCLE.create();
          case POWERED_OFF -> VaadinIcon.STOP.create();
          case SUSPENDED -> VaadinIcon.PAUSE.create();
          case STARTING, STOPPING -> VaadinIcon.HOURGLASS.create();
        };
    icon.addClassNames("power-icon", "power-" + state.name().toLowerCase(Locale.ROOT));
    icon.getElement().setAttribute("data-power", state.name());
    return icon;
  }

  /** The icon's name for a {@code vaadin-icon} element, e.g. {@code vaadin:play-circle}. */
  static String iconName(PowerState state) {
    return switch (state) {
      case POWERED_ON -> "vaadin:play-circle";
      case POWERED_OFF -> "vaadin:stop";
      case SUSPENDED -> "vaadin:pause";
      case STARTING, STOPPING -> "vaadin:hourglass";
    };
  }

  static String key(PowerState state) {
    return "power." + state.name().toLowerCase(Locale.ROOT);
  }
}
