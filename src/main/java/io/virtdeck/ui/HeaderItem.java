package io.virtdeck.ui;

import com.vaadin.flow.component.Component;

/**
 * A control of the header beside the language switch (Code Capture's Record button, the Labs link).
 * Features contribute them as Spring beans; the header shows them in {@link #order()}.
 */
public interface HeaderItem {

  int order();

  /** A new control for one UI. */
  Component create();
}
