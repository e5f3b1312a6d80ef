package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.rows.VmRow;
import java.util.List;
import java.util.Optional;

/**
 * An action button another feature adds to the VM header (Migrate…, ...), as a Spring bean; empty
 * when the user may not use it on this VM. Shown after the power actions, in {@link #order()}.
 */
public interface VmHeaderAction {

  int order();

  /** A new button for one VM and one user, created on the request thread of that user. */
  Optional<Component> create(VmRow row, UserIdentity user);

  /**
   * What the button depends on beyond the VM's power state, status, host and template flag (a
   * migration under way, a condition that stops migrations): the header draws it anew only when
   * this or those change, and otherwise keeps it, so that a click on it is not lost to a redraw.
   */
  default Object dependsOn(VmRow row) {
    return List.of();
  }
}
