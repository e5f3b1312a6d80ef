package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * One inventory tree of the navigator (VMs and Templates, Storage, ...). Features contribute them
 * as Spring beans; the shell shows them in {@link #order()}.
 */
public interface NavigatorTab {

  /** i18n key of the tab's title. */
  String titleKey();

  VaadinIcon icon();

  int order();

  /** A new tree for one UI. */
  Component createTree();

  /**
   * Whether a page of this type shows an object of this tree (a datastore page belongs to the
   * Storage tree): the navigator selects the tree of the page shown, as vCenter does.
   */
  default boolean owns(Class<?> view) {
    return false;
  }

  /** The first of the trees that owns a page of this type, if any does. */
  static <T extends NavigatorTab> java.util.Optional<T> ownerOf(List<T> tabs, Class<?> view) {
    return tabs.stream().filter(t -> t.owns(view)).findFirst();
  }
}
