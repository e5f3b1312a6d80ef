package io.virtdeck.vm.ui;

import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.vm.rows.VmRow;
import java.util.List;
import java.util.Optional;

/**
 * An action another feature adds to the right-click menu of VM rows (grid and tree) and to the bar
 * acting on the VMs selected in the grid (Migrate…), as a Spring bean. Shown after the power
 * actions, in {@link #order()}, only to users it {@link #permitted permits}.
 */
public interface VmGridAction {

  int order();

  /** Names the menu item ({@code data-action}) and the bar's button ({@code bulk-<id>}). */
  String id();

  /** The i18n key of its label. */
  String labelKey();

  /** Whether the user may use it on some of these VMs (Kubernetes would allow it). */
  boolean permitted(UserIdentity user, List<VmRow> rows);

  /** Why it does nothing for this VM now, translated; empty when it is available. */
  Optional<String> unavailableBecause(UserIdentity user, VmRow row);

  /** Opens it for the VMs (one dialog for all), on the user's UI thread. */
  void open(UserIdentity user, List<VmRow> rows);
}
