package io.virtdeck.vm.ui;

import io.virtdeck.cluster.UserScopes;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.ObjectMarks;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Makes the VM grid for other features' views (a host's VMs), with the VM list's actions. */
@Component
public class VmGrids {

  private final VmInventory inventory;
  private final VmOperations operations;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final List<VmDropTarget> dropTargets;
  private final List<VmMenuAction> menuActions;
  private final List<VmGridAction> gridActions;
  private final ObjectMarks marks;

  VmGrids(
      VmInventory inventory,
      VmOperations operations,
      CurrentUser currentUser,
      Clock clock,
      List<VmDropTarget> dropTargets,
      List<VmMenuAction> menuActions,
      List<VmGridAction> gridActions,
      ObjectMarks marks) {
    this.inventory = inventory;
    this.operations = operations;
    this.currentUser = currentUser;
    this.clock = clock;
    this.dropTargets = dropTargets;
    this.menuActions = menuActions;
    this.gridActions = gridActions;
    this.marks = marks;
  }

  /**
   * The grid of the VMs on a host, for the signed-in user (call on their request thread), showing
   * what {@code scopes} allow at each query (the view keeps them current).
   */
  public HostVmGrid forHost(Supplier<UserScopes> scopes) {
    return new HostVmGrid(
        inventory,
        scopes,
        operations,
        currentUser.require(),
        clock,
        dropTargets,
        menuActions,
        gridActions,
        marks);
  }
}
