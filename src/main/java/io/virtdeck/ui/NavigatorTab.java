package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;

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
}
