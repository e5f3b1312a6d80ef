package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.security.CurrentUser;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.NavigatorTab;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.VmOperations;

/** Contributes the "VMs and Templates" tree to the navigator. */
@org.springframework.stereotype.Component
class VmTreeTab implements NavigatorTab {

  private final VmInventory inventory;
  private final AccessReviews reviews;
  private final CurrentUser currentUser;

  private final VmOperations operations;

  private final java.util.List<VmDropTarget> dropTargets;
  private final java.util.List<VmMenuAction> menuActions;
  private final java.util.List<VmGridAction> gridActions;
  private final io.virtdeck.ui.ObjectMarks marks;

  VmTreeTab(
      VmInventory inventory,
      AccessReviews reviews,
      VmOperations operations,
      CurrentUser currentUser,
      java.util.List<VmDropTarget> dropTargets,
      java.util.List<VmMenuAction> menuActions,
      java.util.List<VmGridAction> gridActions,
      io.virtdeck.ui.ObjectMarks marks) {
    this.marks = marks;
    this.dropTargets = dropTargets;
    this.menuActions = menuActions;
    this.gridActions = gridActions;
    this.inventory = inventory;
    this.operations = operations;
    this.reviews = reviews;
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
        new FollowedScopes(reviews, user),
        new VmActions(operations, user, gridActions, menuActions),
        dropTargets,
        marks);
  }

  @Override
  public boolean owns(Class<?> view) {
    return VmSummaryView.class.isAssignableFrom(view) || VmListView.class.isAssignableFrom(view);
  }
}
