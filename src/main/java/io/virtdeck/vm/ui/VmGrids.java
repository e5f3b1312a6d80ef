package io.virtdeck.vm.ui;

import io.virtdeck.security.CurrentUser;
import io.virtdeck.vm.VmAccess;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Makes the VM grid for other features' views (a host's VMs), with the VM list's actions. */
@Component
public class VmGrids {

  private final VmInventory inventory;
  private final VmAccess access;
  private final VmOperations operations;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final List<VmDropTarget> dropTargets;
  private final List<VmMenuEntry> menuEntries;
  private final List<VmGridAction> gridActions;

  VmGrids(
      VmInventory inventory,
      VmAccess access,
      VmOperations operations,
      CurrentUser currentUser,
      Clock clock,
      List<VmDropTarget> dropTargets,
      List<VmMenuEntry> menuEntries,
      List<VmGridAction> gridActions) {
    this.inventory = inventory;
    this.access = access;
    this.operations = operations;
    this.currentUser = currentUser;
    this.clock = clock;
    this.dropTargets = dropTargets;
    this.menuEntries = menuEntries;
    this.gridActions = gridActions;
  }

  /** The grid of the VMs on a host, for the signed-in user (call on their request thread). */
  public HostVmGrid forHost() {
    var user = currentUser.require();
    return new HostVmGrid(
        inventory,
        access.visibleTo(user),
        operations,
        user,
        clock,
        dropTargets,
        menuEntries,
        gridActions);
  }
}
