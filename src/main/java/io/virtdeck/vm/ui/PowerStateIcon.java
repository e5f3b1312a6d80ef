package io.virtdeck.vm.ui;

import com.vaadin.flow.component.icon.Icon;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.util.Locale;

/**
 * The icon vSphere admins expect for each power state, and for a template (vSphere's template icon
 * in place of a power state: a template is never powered on).
 */
final class PowerStateIcon {

  /** What a template shows where a VM shows its power state ({@code data-power}). */
  static final String TEMPLATE = "TEMPLATE";

  private PowerStateIcon() {}

  static Icon of(VmRow row) {
    return of(row.powerState(), row.template());
  }

  static Icon of(PowerState state, boolean template) {
    Icon icon = new Icon("vaadin", iconName(state, template).substring("vaadin:".length()));
    String shown = shown(state, template);
    icon.addClassNames("power-icon", "power-" + shown.toLowerCase(Locale.ROOT));
    icon.getElement().setAttribute("data-power", shown);
    return icon;
  }

  /** The name of the row's icon for a {@code vaadin-icon} element, e.g. {@code vaadin:stop}. */
  static String iconName(VmRow row) {
    return iconName(row.powerState(), row.template());
  }

  static String iconName(PowerState state, boolean template) {
    if (template) {
      return "vaadin:copy-o";
    }
    return switch (state) {
      case POWERED_ON -> "vaadin:play-circle";
      case POWERED_OFF -> "vaadin:stop";
      case SUSPENDED -> "vaadin:pause";
      case STARTING, STOPPING -> "vaadin:hourglass";
    };
  }

  /** The power state's name, or {@value #TEMPLATE} for a template. */
  static String shown(PowerState state, boolean template) {
    return template ? TEMPLATE : state.name();
  }

  /** The i18n key of what the grid's power column says: the power state, or "Template". */
  static String key(VmRow row) {
    return row.powerKey();
  }
}
