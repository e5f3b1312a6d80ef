package io.virtdeck.host.ui;

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
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostRow;
import io.virtdeck.task.Message;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.ui.LoadedItems;
import io.virtdeck.ui.ObjectMarks;
import io.virtdeck.ui.ServerTimings;
import io.virtdeck.vm.ui.VmDragEvent;
import io.virtdeck.vm.ui.VmSummaryView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Hosts and Clusters tree: datacenter → cluster → hosts with their state → the VMs on each,
 * loaded when a host is expanded. A VM dragged (from here, the grid or the VMs tree) onto a host
 * opens the Migrate dialog with that host chosen; while dragging, hosts that cannot take it say
 * why.
 */
class HostTree extends TreeGrid<HostNode> {

  private final HostInventory hosts;
  private final Supplier<UserScopes> scopes;
  private final String datacenter;
  private final MigrateLauncher migrate;
  private final ObjectMarks marks;
  private final TreeData<HostNode> data = new TreeData<>();
  private List<String> shown = List.of();
  private final Map<String, HostRow> shownRows = new java.util.HashMap<>();
  private @Nullable ResourceKey dragged;

  /** The hosts and VMs the user may see with {@code scopes}. */
  HostTree(
      HostInventory hosts,
      Supplier<UserScopes> scopes,
      String datacenter,
      MigrateLauncher migrate,
      ObjectMarks marks) {
    this.marks = marks;
    this.hosts = hosts;
    this.scopes = scopes;
    this.datacenter = datacenter;
    this.migrate = migrate;
    setId("host-tree");
    addClassName("inventory-tree");
    setSizeFull();
    addComponentHierarchyColumn(this::label).setHeader(getTranslation("nav.hosts"));
    data.addItem(null, HostNode.DATACENTER);
    data.addItem(HostNode.DATACENTER, HostNode.CLUSTER);
    setDataProvider(new TreeDataProvider<>(data));
    reload();
    expand(HostNode.DATACENTER, HostNode.CLUSTER);
    addExpandListener(
        e -> {
          long start = System.nanoTime();
          e.getItems().forEach(this::loadVms);
          e.getItems().stream()
              .filter(n -> n.type() == HostNode.Type.HOST)
              .forEach(n -> ServerTimings.record(this, "hostexpand", n.name(), start));
        });
    LiveUpdates.follow(this, hosts::changes, this::reload);
    LiveUpdates.bind(this, marks::changes, batch -> getDataProvider().refreshAll());
    enableDragAndDrop();
  }

  /** Adds new hosts, drops gone ones, refreshes the rest and the VMs of expanded hosts. */
  private void reload() {
    List<HostRow> rows = hosts.hosts(scopes.get());
    List<String> names = rows.stream().map(HostRow::name).toList();
    if (!names.equals(shown)) {
      new ArrayList<>(data.getChildren(HostNode.CLUSTER)).forEach(data::removeItem);
      for (HostRow row : rows) {
        HostNode host = HostNode.host(row.name());
        data.addItem(HostNode.CLUSTER, host);
        if (row.vmCount() > 0) {
          data.addItem(host, HostNode.loading(row.name()));
        }
      }
      shown = names;
      shownRows.clear();
      rows.forEach(row -> shownRows.put(row.name(), row));
      getDataProvider().refreshAll();
      expand(HostNode.DATACENTER, HostNode.CLUSTER);
      return;
    }
    // only hosts whose row changed: under a steady stream of changes most hosts have not
    for (HostRow row : rows) {
      if (row.equals(shownRows.put(row.name(), row))) {
        continue;
      }
      HostNode host = HostNode.host(row.name());
      LoadedItems.refresh(this, host);
      if (isExpanded(host)) {
        loadVms(host);
      }
    }
  }

  private void loadVms(HostNode host) {
    if (host.type() != HostNode.Type.HOST) {
      return;
    }
    new ArrayList<>(data.getChildren(host)).forEach(data::removeItem);
    hosts.vmsOn(host.name(), scopes.get()).stream()
        .map(vm -> HostNode.vm(vm.key(), host.name()))
        .forEach(vm -> data.addItem(host, vm));
    getDataProvider().refreshItem(host, true);
  }

  private void enableDragAndDrop() {
    setRowsDraggable(true);
    setDragFilter(node -> node.type() == HostNode.Type.VM);
    setDragDataGenerator(
        "text", node -> node.type() == HostNode.Type.VM ? node.vmKey().toString() : "");
    addDragStartListener(
        e -> e.getDraggedItems().stream().findFirst().ifPresent(n -> dragging(n.vmKey())));
    addDragEndListener(e -> dragging(null));
    setDropMode(GridDropMode.ON_TOP);
    setDropFilter(node -> node.type() == HostNode.Type.HOST && refusal(node).isEmpty());
    addDropListener(
        event -> {
          String text = event.getDataTransferData().get("text/plain");
          event
              .getDropTargetItem()
              .filter(node -> node.type() == HostNode.Type.HOST)
              .ifPresent(
                  node ->
                      VmDragEvent.parse(text == null ? event.getDataTransferText() : text)
                          .or(() -> Optional.ofNullable(dragged))
                          .ifPresent(vm -> migrate.open(vm, node.name())));
        });
    addAttachListener(
        attach ->
            ComponentUtil.addListener(
                attach.getUI(), VmDragEvent.class, event -> dragging(event.vm().orElse(null))));
  }

  private void dragging(@Nullable ResourceKey vm) {
    dragged = vm;
    data.getChildren(HostNode.CLUSTER).forEach(node -> LoadedItems.refresh(this, node));
  }

  private Optional<String> refusal(HostNode node) {
    if (dragged == null) {
      return Optional.empty();
    }
    return hosts.fit(node.name(), dragged).stream().findFirst().map(this::text);
  }

  private String text(Message message) {
    return getTranslation(message.key(), message.args().toArray());
  }

  private HorizontalLayout label(HostNode node) {
    HorizontalLayout label =
        switch (node.type()) {
          case DATACENTER ->
              new HorizontalLayout(VaadinIcon.BUILDING.create(), new Span(datacenter));
          case CLUSTER ->
              new HorizontalLayout(
                  VaadinIcon.CLUSTER.create(), new Span(getTranslation("host.tree.cluster")));
          case HOST -> hostLabel(node);
          case VM ->
              new HorizontalLayout(
                  VaadinIcon.DESKTOP.create(),
                  new RouterLink(
                      node.name(),
                      VmSummaryView.class,
                      new RouteParameters(
                          Map.of("namespace", node.vmKey().namespace(), "name", node.name()))));
          case LOADING -> new HorizontalLayout(new Span(getTranslation("host.tree.loading")));
        };
    label.setSpacing(false);
    label.addClassName("tree-label");
    label.getElement().setAttribute("data-node", node.id());
    if (node.type() == HostNode.Type.HOST || node.type() == HostNode.Type.VM) {
      boolean host = node.type() == HostNode.Type.HOST;
      marks
          .of(
              scopes.get(),
              host ? ObjectMarks.On.HOST : ObjectMarks.On.VM,
              host ? "" : node.vmKey().namespace(),
              node.name())
          .ifPresent(mark -> label.add(ObjectMarks.icon(label, mark)));
    }
    return label;
  }

  private HorizontalLayout hostLabel(HostNode node) {
    var row = hosts.host(node.name(), scopes.get());
    HorizontalLayout label =
        new HorizontalLayout(
            row.map(r -> HostStateIcon.of(r.state())).orElse(VaadinIcon.SERVER.create()),
            new RouterLink(
                node.name(), HostView.class, new RouteParameters(Map.of("name", node.name()))));
    row.ifPresent(r -> label.getElement().setAttribute("data-state", r.state().name()));
    refusal(node)
        .ifPresent(
            reason -> {
              Span why = new Span(VaadinIcon.BAN.create(), new Span(reason));
              why.addClassName("drop-refused");
              label.add(why);
              label.getElement().setAttribute("title", getTranslation("host.drop.refused", reason));
            });
    return label;
  }
}
