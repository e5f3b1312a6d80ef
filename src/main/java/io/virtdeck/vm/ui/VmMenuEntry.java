package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.rows.VmRow;

/**
 * An entry another feature adds to the right-click menu of VM rows in the grid and the tree (Launch
 * Web Console, ...), as a Spring bean; shown after the power actions, in {@link #order()}.
 */
public interface VmMenuEntry {

  int order();

  /** i18n key of the entry's label. */
  String labelKey();

  /** Whether to offer it for this VM to this user, asked each time the menu opens. */
  boolean offered(VmRow row, UserIdentity user);

  /** Runs it for the user who clicked, on their UI thread; {@code owner} is the grid or tree. */
  void run(VmRow row, Component owner);
}
