package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.table.VmQuery;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A button another feature adds to the VM list's title bar (Export…, ...), as a Spring bean; empty
 * when the user may not use it. {@code shown} answers, when asked, what the grid shows at that
 * moment: its folder, filter, sort and the user's scope.
 */
public interface VmListAction {

  int order();

  /** A new button for one list view and one user, created on the request thread of that user. */
  Optional<Component> create(Supplier<VmQuery> shown, UserIdentity user);
}
