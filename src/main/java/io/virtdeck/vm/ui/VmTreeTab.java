package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.NavigatorTab;
import io.virtdeck.vm.VmAccess;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;

/** Contributes the "VMs and Templates" tree to the navigator. */
@org.springframework.stereotype.Component
class VmTreeTab implements NavigatorTab {

  private final VmInventory inventory;
  private final VmAccess access;
  private final CurrentUser currentUser;

  private final VmOperations operations;

  private final java.util.List<VmDropTarget> dropTargets;
  private final java.util.List<VmMenuEntry> menuEntries;
  private final java.util.List<VmGridAction> gridActions;

  VmTreeTab(
      VmInventory inventory,
      VmAccess access,
      VmOperations operations,
      CurrentUser currentUser,
      java.util.List<VmDropTarget> dropTargets,
      java.util.List<VmMenuEntry> menuEntries,
      java.util.List<VmGridAction> gridActions) {
    this.dropTargets = dropTargets;
    this.menuEntries = menuEntries;
    this.gridActions = gridActions;
    this.inventory = inventory;
    this.operations = operations;
    this.access = access;
    this.currentUser = currentUser;
  }

  @Override
  public String titleKey() {
    return "nav.vms";
  }

  @Override
  public VaadinIcon icon() {
    return VaadinIcon.DESKTOP;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Component createTree() {
    var user = currentUser.require();
    return new VmTree(
        inventory,
        access.visibleTo(user),
        new VmActions(operations, user, gridActions),
        dropTargets,
        menuEntries);
  }

  @Override
  public boolean owns(Class<?> view) {
    return VmSummaryView.class.isAssignableFrom(view) || VmListView.class.isAssignableFrom(view);
  }
}
