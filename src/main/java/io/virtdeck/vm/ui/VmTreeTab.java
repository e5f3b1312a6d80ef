package io.virtdeck.vm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.ui.NavigatorTab;
import io.virtdeck.vm.VmInventory;

/** Contributes the "VMs and Templates" tree to the navigator. */
@org.springframework.stereotype.Component
class VmTreeTab implements NavigatorTab {

  private final VmInventory inventory;

  VmTreeTab(VmInventory inventory) {
    this.inventory = inventory;
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
    return new VmTree(inventory);
  }
}
