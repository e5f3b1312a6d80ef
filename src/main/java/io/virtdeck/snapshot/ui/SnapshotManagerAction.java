package io.virtdeck.snapshot.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;

/**
 * A button another feature adds to the Snapshot Manager's toolbar for the selected snapshot (Clone
 * to virtual machine…), as a Spring bean: shown only where {@link #offered} says the user may use
 * it, enabled while a snapshot ready to use is selected.
 */
public interface SnapshotManagerAction {

  /** i18n key of the button's label. */
  String labelKey();

  /** The button's id, for tests. */
  String id();

  /** Whether the user may use it on the snapshots of the folder. */
  boolean offered(UserIdentity user, String namespace);

  void run(Component owner, ResourceKey snapshot, UserIdentity user);
}
