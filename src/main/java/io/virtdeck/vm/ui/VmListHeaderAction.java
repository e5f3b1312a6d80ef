package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.UserIdentity;
import java.util.Optional;

/**
 * A button or link another feature adds to the title bar of the VM list (the datacenter's or a
 * folder's page: its Summary, Monitor, alarms), as a Spring bean; shown in {@link #order()}.
 */
public interface VmListHeaderAction {

  int order();

  /**
   * A new component for the list of {@code folder} ("" for the whole datacenter) and one user, or
   * empty when it has nothing to offer there.
   */
  Optional<Component> create(String folder, UserIdentity user);
}
