package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.List;

/**
 * Replaces a container's children by a new list, leaving attached those already shown. A component
 * removed and added again in one round trip is detached and attached: it would ask again for what
 * it shows, and the server drops the browser's events on it that were in flight meanwhile (a click
 * on a VM's Power Off while the VM changed).
 */
final class HeaderChildren {

  private HeaderChildren() {}

  static void replace(HasComponents container, List<Component> wanted) {
    Component parent = (Component) container;
    parent
        .getChildren()
        .filter(shown -> !containsSame(wanted, shown))
        .toList()
        .forEach(container::remove);
    for (int i = 0; i < wanted.size(); i++) {
      Component next = wanted.get(i);
      List<Component> shown = parent.getChildren().toList();
      if (i >= shown.size() || shown.get(i) != next) {
        container.addComponentAtIndex(i, next);
      }
    }
  }

  private static boolean containsSame(List<Component> components, Component component) {
    return components.stream().anyMatch(c -> c == component);
  }
}
