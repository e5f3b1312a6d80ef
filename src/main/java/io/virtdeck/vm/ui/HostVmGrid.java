package io.virtdeck.vm.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.ObjectMarks;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A host's VMs tab: the VM grid of the VM list, filtered to the VMs running on one host on the
 * server, with the same columns, bulk actions and right-click menu, live. Made by {@link
 * VmGrids#forHost}.
 */
public final class HostVmGrid extends VerticalLayout {

  private final VmGrid grid;

  HostVmGrid(
      VmInventory inventory,
      Supplier<UserScopes> scopes,
      VmOperations operations,
      UserIdentity user,
      Clock clock,
      List<VmDropTarget> dropTargets,
      List<VmMenuAction> menuActions,
      List<VmGridAction> gridActions,
      ObjectMarks marks) {
    setId("host-vms");
    setPadding(false);
    setHeight("32rem");
    grid = new VmGrid(inventory, scopes, clock, dropTargets, marks);
    LiveUpdates.bind(this, marks::changes, batch -> grid.refresh());
    VmActions actions = new VmActions(operations, user, gridActions, menuActions);
    grid.addItemClickListener(
        click ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            "vm/" + click.getItem().namespace() + "/" + click.getItem().name())));
    VmContextMenu.attach(
        grid, actions, row -> Optional.of(new VmMenuAction.MenuTarget(row.namespace(), row)));
    add(new VmBulkBar(actions, grid), grid);
    setFlexGrow(1, grid);
    InventoryUpdates.bind(
        this,
        inventory,
        scopes,
        grid::mayShow,
        grid::refresh,
        rows -> rows.forEach(grid::refreshRow));
  }

  /** Reads the VMs again (the user's rights changed). */
  public void refresh() {
    grid.refresh();
  }

  /** Shows the VMs running on {@code host}; the server filters, as it does for the VM list. */
  public void show(String host) {
    grid.showHost(host);
  }
}
