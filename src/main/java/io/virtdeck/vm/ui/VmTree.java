package io.virtdeck.vm.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.LoadedItems;
import io.virtdeck.ui.ObjectMarks;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.PowerState;
import java.util.Map;

/** The navigator's "VMs and Templates" tree, live. */
class VmTree extends TreeGrid<InventoryNode> {

  private final java.util.List<VmDropTarget> dropTargets;
  private final FollowedScopes scopes;
  private final ObjectMarks marks;

  /** The tree as {@code scopes} allows: it follows the user's rights while it is open. */
  VmTree(
      VmInventory inventory,
      FollowedScopes scopes,
      VmActions actions,
      java.util.List<VmDropTarget> dropTargets,
      ObjectMarks marks) {
    this.dropTargets = dropTargets;
    this.scopes = scopes;
    this.marks = marks;
    setId("vm-tree");
    addClassName("inventory-tree");
    setSizeFull();
    VmTreeDataProvider provider = new VmTreeDataProvider(inventory, scopes::get);
    setDataProvider(provider);
    addComponentHierarchyColumn(this::label).setHeader(getTranslation("nav.vms"));
    scopes.follow(this, provider::refreshAll);
    LiveUpdates.bind(this, marks::changes, batch -> provider.refreshAll());
    InventoryUpdates.bind(
        this,
        inventory,
        scopes::get,
        provider::mayShow,
        provider::refreshAll,
        rows -> rows.forEach(row -> LoadedItems.refresh(this, VmTreeDataProvider.node(row))));
    VmContextMenu.attach(
        this,
        actions,
        node ->
            switch (node.type()) {
              case VM ->
                  inventory
                      .row(
                          new io.virtdeck.cluster.ResourceKey(node.namespace(), node.name()),
                          scopes.get())
                      .map(row -> new VmMenuAction.MenuTarget(row.namespace(), row));
              case FOLDER ->
                  java.util.Optional.of(new VmMenuAction.MenuTarget(node.namespace(), null));
              case DATACENTER -> java.util.Optional.of(new VmMenuAction.MenuTarget("", null));
            });
    VmDrag.enable(
        this,
        node ->
            node.type() == InventoryNode.Type.VM
                ? java.util.Optional.of(
                    new io.virtdeck.cluster.ResourceKey(node.namespace(), node.name()))
                : java.util.Optional.empty());
    VmDrops.enable(
        this,
        dropTargets,
        node ->
            node.type() == InventoryNode.Type.VM
                ? java.util.Optional.of(
                    new io.virtdeck.cluster.ResourceKey(node.namespace(), node.name()))
                : java.util.Optional.empty());
    expand(
        new InventoryNode(
            InventoryNode.Type.DATACENTER, "", inventory.datacenter(), 0, PowerState.POWERED_ON));
  }

  /** A real link, so that keyboard, middle-click and bookmarks work as everywhere else. */
  private static RouterLink link(InventoryNode node, String text) {
    return switch (node.type()) {
      case DATACENTER -> new RouterLink(text, VmListView.class);
      case FOLDER -> {
        RouterLink link = new RouterLink(text, VmListView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of("folder", node.namespace())));
        yield link;
      }
      case VM ->
          new RouterLink(
              text,
              VmSummaryView.class,
              new RouteParameters(Map.of("namespace", node.namespace(), "name", node.name())));
    };
  }

  private HorizontalLayout label(InventoryNode node) {
    var icon =
        switch (node.type()) {
          case DATACENTER -> VaadinIcon.BUILDING.create();
          case FOLDER -> VaadinIcon.FOLDER.create();
          case VM -> PowerStateIcon.of(node.power(), node.template());
        };
    String text =
        node.type() == InventoryNode.Type.FOLDER && node.count() > 0
            ? node.name() + " (" + node.count() + ")"
            : node.name();
    RouterLink link = link(node, text);
    // grabbing the name drags the VM row (onto a port group, a snapshot target), not the link URL
    link.getElement().setAttribute("draggable", "false");
    HorizontalLayout label = new HorizontalLayout(icon, link);
    label.setSpacing(false);
    if (node.type() != InventoryNode.Type.DATACENTER) {
      marks
          .of(
              scopes.get(),
              node.type() == InventoryNode.Type.VM ? ObjectMarks.On.VM : ObjectMarks.On.FOLDER,
              node.namespace(),
              node.name())
          .ifPresent(mark -> label.add(ObjectMarks.icon(label, mark)));
    }
    label.addClassName("tree-label");
    label.getElement().setAttribute("data-node", node.id());
    if (node.type() == InventoryNode.Type.VM) {
      VmDrops.refusal(
              this, dropTargets, new io.virtdeck.cluster.ResourceKey(node.namespace(), node.name()))
          .ifPresent(label::add);
    }
    return label;
  }
}
