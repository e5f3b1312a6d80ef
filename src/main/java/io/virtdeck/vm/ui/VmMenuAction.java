package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.rows.VmRow;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An entry another feature adds to the right-click Actions menu of a VM (in the grid and the VMs
 * and Templates tree) or of a folder or the datacenter (in the tree): Edit Settings…, Clone…, New
 * Virtual Machine…, as a Spring bean. Shown after the power actions, in {@link #order()}, only
 * where {@link #offered} says the user may use it.
 */
public interface VmMenuAction {

  int order();

  /** i18n key of the entry's label. */
  String labelKey();

  /** The entry's {@code data-action} attribute, for tests. */
  String id();

  /** Whether the entry is offered on the target to the user (Kubernetes would let them). */
  boolean offered(MenuTarget target, UserIdentity user);

  /** Why the entry is disabled on the target (an i18n key); empty when it is available. */
  default Optional<String> disabledBecause(MenuTarget target) {
    return Optional.empty();
  }

  void run(Component owner, MenuTarget target, UserIdentity user);

  /** What was right-clicked: a VM (with its folder), a folder, or the datacenter (folder ""). */
  record MenuTarget(String namespace, @Nullable VmRow vm) {}
}
