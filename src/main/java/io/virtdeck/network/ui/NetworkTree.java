package io.virtdeck.network.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.network.PortGroup;
import io.virtdeck.network.PortGroups;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.LoadedItems;
import io.virtdeck.vm.ui.VmDragEvent;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The navigator's Networking tree: "VM Network", then the port groups grouped by namespace, live. A
 * VM dragged onto a port group adds a NIC (after confirmation); while a VM is dragged, port groups
 * it cannot use say why and refuse the drop.
 */
class NetworkTree extends TreeGrid<NetNode> {

  private final PortGroups portGroups;
  private final NicActions actions;
  private @Nullable ResourceKey dragged;
  private TreeData<NetNode> data = new TreeData<>();

  /** The port groups the user of {@code actions} may list, following their rights while open. */
  NetworkTree(PortGroups portGroups, NicActions actions) {
    this.portGroups = portGroups;
    this.actions = actions;
    setId("network-tree");
    addClassName("inventory-tree");
    setSizeFull();
    addComponentHierarchyColumn(this::label).setHeader(getTranslation("nav.networking"));
    reload();
    LiveUpdates.follow(this, portGroups::portGroupChanges, this::reload);
    actions.followed.follow(this, this::reload);
    setDropMode(GridDropMode.ON_TOP);
    setDropFilter(node -> node.group() != null && refusal(node).isEmpty());
    addDropListener(
        event -> {
          String text = event.getDataTransferData().get("text/plain");
          event
              .getDropTargetItem()
              .filter(node -> node.group() != null)
              .ifPresent(
                  node ->
                      VmDragEvent.parse(text == null ? event.getDataTransferText() : text)
                          .or(() -> Optional.ofNullable(dragged))
                          .ifPresent(vm -> actions.connect(this, vm, node.group())));
        });
    addAttachListener(
        attach ->
            ComponentUtil.addListener(
                attach.getUI(),
                VmDragEvent.class,
                event -> {
                  dragged = event.vm().orElse(null);
                  sayWhichRefuse();
                }));
  }

  /**
   * Re-renders the port groups in place, each with or without its refusal. Not {@code
   * refreshAll()}: that drops the rows the browser holds and fetches them again, and a drop landing
   * on a row still being fetched names no target, so the drop was lost.
   */
  private void sayWhichRefuse() {
    for (NetNode root : data.getRootItems()) {
      data.getChildren(root).forEach(node -> LoadedItems.refresh(this, node));
    }
  }

  private void reload() {
    data = new TreeData<>();
    data.addItem(null, NetNode.POD);
    for (PortGroup group :
        portGroups.list(actions.scopes().of(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS))) {
      NetNode folder = NetNode.folder(group.namespace());
      if (!data.contains(folder)) {
        data.addItem(null, folder);
      }
      data.addItem(folder, NetNode.of(group));
    }
    setDataProvider(new TreeDataProvider<>(data));
    expand(data.getRootItems());
  }

  private Optional<String> refusal(NetNode node) {
    if (dragged == null || node.group() == null) {
      return Optional.empty();
    }
    return actions
        .refusal(dragged, node.group())
        .map(m -> getTranslation(m.key(), m.args().toArray()));
  }

  private HorizontalLayout label(NetNode node) {
    var icon =
        switch (node.type()) {
          case POD_NETWORK -> VaadinIcon.CLOUD.create();
          case FOLDER -> VaadinIcon.FOLDER.create();
          case PORT_GROUP -> VaadinIcon.CONNECT.create();
        };
    String text =
        switch (node.type()) {
          case POD_NETWORK -> getTranslation("vm.network.pod");
          case FOLDER ->
              PortGroup.GLOBAL_NAMESPACE.equals(node.namespace())
                  ? getTranslation("net.tree.global", node.namespace())
                  : node.namespace();
          case PORT_GROUP -> node.name();
        };
    HorizontalLayout label =
        node.type() == NetNode.Type.FOLDER
            ? new HorizontalLayout(icon, new Span(text))
            : new HorizontalLayout(icon, link(node, text));
    label.setSpacing(false);
    label.addClassName("tree-label");
    label.getElement().setAttribute("data-node", node.id());
    refusal(node)
        .ifPresent(
            reason -> {
              Span why = new Span(VaadinIcon.BAN.create(), new Span(reason));
              why.addClassName("drop-refused");
              label.add(why);
              label.getElement().setAttribute("title", reason);
            });
    return label;
  }

  private static RouterLink link(NetNode node, String text) {
    String namespace =
        node.type() == NetNode.Type.POD_NETWORK ? PortGroupView.POD : node.namespace();
    String name = node.type() == NetNode.Type.POD_NETWORK ? PortGroupView.POD : node.name();
    return new RouterLink(
        text,
        PortGroupView.class,
        new RouteParameters(Map.of("namespace", namespace, "name", name)));
  }
}
