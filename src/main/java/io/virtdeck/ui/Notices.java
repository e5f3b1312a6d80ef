package io.virtdeck.ui;

import com.vaadin.flow.component.notification.Notification;

/**
 * Short notices ("Power On virtual machine started"), shown at the top centre of the window: the
 * default place, bottom left, covered the first columns of Recent Tasks, where the task they
 * announce appears.
 */
public final class Notices {

  /** How long a notice stays, as Vaadin's default. */
  static final int DURATION_MS = 5000;

  private Notices() {}

  public static Notification show(String text) {
    return Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
  }
}
