package io.virtdeck.ui;

import com.vaadin.flow.component.Component;

/** A strip under the workspace (Recent Tasks); features contribute them as Spring beans. */
public interface ShellStrip {

  /** A new strip for one UI. */
  Component create();
}
