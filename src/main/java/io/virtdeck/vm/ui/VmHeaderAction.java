package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.rows.VmRow;
import java.util.Optional;

/**
 * An action button another feature adds to the VM header (Migrate…, ...), as a Spring bean; empty
 * when the user may not use it on this VM. Shown after the power actions, in {@link #order()}.
 */
public interface VmHeaderAction {

  int order();

  /** A new button for one VM and one user, created on the request thread of that user. */
  Optional<Component> create(VmRow row, UserIdentity user);
}
