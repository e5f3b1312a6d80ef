package io.virtdeck.vm.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.PowerState;
import io.virtdeck.vm.VmInventory;
import java.util.Map;

/** The navigator's "VMs and Templates" tree, live. */
class VmTree extends TreeGrid<InventoryNode> {

  VmTree(VmInventory inventory) {
    setId("vm-tree");
    addClassName("inventory-tree");
    setSizeFull();
    VmTreeDataProvider provider = new VmTreeDataProvider(inventory);
    setDataProvider(provider);
    addComponentHierarchyColumn(this::label).setHeader(getTranslation("nav.vms"));
    addItemClickListener(click -> open(click.getItem()));
    LiveUpdates.bind(this, inventory::changes, batch -> provider.refreshAll());
    expand(
        new InventoryNode(
            InventoryNode.Type.DATACENTER, "", inventory.datacenter(), 0, PowerState.POWERED_ON));
  }

  private HorizontalLayout label(InventoryNode node) {
    var icon =
        switch (node.type()) {
          case DATACENTER -> VaadinIcon.BUILDING.create();
          case FOLDER -> VaadinIcon.FOLDER.create();
          case VM -> PowerStateIcon.of(node.power());
        };
    Span name =
        new Span(
            node.type() == InventoryNode.Type.FOLDER && node.count() > 0
                ? node.name() + " (" + node.count() + ")"
                : node.name());
    HorizontalLayout label = new HorizontalLayout(icon, name);
    label.setSpacing(false);
    label.addClassName("tree-label");
    label.getElement().setAttribute("data-node", node.id());
    return label;
  }

  private void open(InventoryNode node) {
    UI ui = UI.getCurrent();
    switch (node.type()) {
      case DATACENTER -> ui.navigate("");
      case FOLDER -> ui.navigate("", QueryParameters.simple(Map.of("folder", node.namespace())));
      case VM -> ui.navigate("vm/" + node.namespace() + "/" + node.name());
    }
  }
}
