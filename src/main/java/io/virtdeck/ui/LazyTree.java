package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * A navigator tab's content, made the first time its tab is shown: a session that never opens the
 * Storage or Networking tree does not build it (at 45,000 VMs the storage tree alone reads the
 * capacity of 60,000 volumes), nor keeps its live subscriptions.
 */
final class LazyTree extends Div {

  private final Supplier<Component> factory;
  private boolean made;

  LazyTree(Supplier<Component> factory) {
    this.factory = factory;
    setSizeFull();
  }

  /** Builds the tree unless it was built before. */
  void show() {
    if (!made) {
      made = true;
      add(factory.get());
    }
  }
}
