package io.virtdeck.vm.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.ui.Formats;
import io.virtdeck.ui.LoadedItems;
import io.virtdeck.ui.ObjectMarks;
import io.virtdeck.ui.RecentlyFetched;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.table.VmColumn;
import io.virtdeck.vm.table.VmQuery;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** The lazy VM grid: the server pages, sorts and filters; the browser holds only what it shows. */
class VmGrid extends Grid<VmRow> {

  private final List<VmDropTarget> dropTargets;

  private final VmInventory inventory;
  private final CallbackDataProvider<VmRow, Void> provider;
  private final Supplier<UserScopes> scopes;
  private final ObjectMarks marks;
  private final RecentlyFetched<ResourceKey> fetched = new RecentlyFetched<>();
  private String namespace = "";
  private String text = "";
  private String host = "";

  /** A grid showing what the user's scopes allow at each query (they follow the user's RBAC). */
  VmGrid(
      VmInventory inventory,
      Supplier<UserScopes> scopes,
      Clock clock,
      List<VmDropTarget> dropTargets,
      ObjectMarks marks) {
    this.inventory = inventory;
    this.marks = marks;
    this.dropTargets = dropTargets;
    this.scopes = scopes;
    setId("vm-grid");
    addClassName("vm-grid");
    // a click sorts by that column alone, as in vCenter (one index walk); Shift+click adds a column
    // after those already sorted by (sort by power state, then Shift+click name: by name within
    // each power state)
    setMultiSort(true, MultiSortPriority.APPEND, true);
    setSelectionMode(SelectionMode.MULTI);
    addColumn(nameCell())
        .setHeader(getTranslation("vm.column.name"))
        .setSortProperty(VmColumn.NAME.name())
        .setFlexGrow(0)
        .setAutoWidth(true)
        .setResizable(true)
        .setKey("name");
    // widths in rem, not em: header and body cells have different font sizes, and em would give
    // them different widths. They fit a 1600-pixel window beside the navigator without scrolling
    // sideways, with room left for the alarm marks beside names: the short columns get what their
    // header or longest usual value needs, IPs and guest OS share the rest and show a value that
    // does not fit in a tooltip
    text(VmColumn.POWER_STATE, "vm.column.power", r -> getTranslation(PowerStateIcon.key(r)))
        .setWidth("8rem");
    text(VmColumn.STATUS, "vm.column.status", VmRow::status).setWidth("8.5rem");
    text(VmColumn.HOST, "vm.column.host", r -> Formats.orDash(r.host())).setWidth("6.5rem");
    text(
            VmColumn.IP_ADDRESSES,
            "vm.column.ips",
            r -> Formats.orDash(String.join(", ", r.ipAddresses())))
        .setWidth("8.5rem")
        .setFlexGrow(1);
    text(VmColumn.GUEST_OS, "vm.column.os", r -> Formats.orDash(r.guestOs()))
        .setWidth("8rem")
        .setFlexGrow(1);
    text(VmColumn.VCPUS, "vm.column.vcpus", r -> r.vcpus() == 0 ? "—" : String.valueOf(r.vcpus()))
        .setWidth("6rem");
    text(VmColumn.MEMORY, "vm.column.memory", r -> Formats.bytes(r.memoryBytes()))
        .setWidth("6.5rem");
    text(VmColumn.NAMESPACE, "vm.column.namespace", VmRow::namespace).setWidth("6rem");
    text(VmColumn.CREATED, "vm.column.age", r -> Formats.age(r.created(), clock.instant()))
        .setWidth("5rem");
    provider =
        new CallbackDataProvider<>(
            q -> {
              List<VmRow> rows = inventory.page(query(q), q.getOffset(), q.getLimit());
              rows.forEach(row -> fetched.fetched(row.key()));
              return rows.stream();
            },
            q -> inventory.count(query(q)),
            VmRow::key);
    setItems(provider);
    VmDrag.enable(this, row -> java.util.Optional.of(row.key()));
    VmDrops.enable(this, dropTargets, row -> java.util.Optional.of(row.key()));
  }

  private Column<VmRow> text(
      VmColumn column, String headerKey, ValueProvider<VmRow, String> value) {
    return addColumn(value)
        .setHeader(getTranslation(headerKey))
        .setSortProperty(column.name())
        .setKey(column.name().toLowerCase(java.util.Locale.ROOT))
        .setResizable(true)
        .setTooltipGenerator(value::apply)
        .setFlexGrow(0);
  }

  /**
   * The power icon and name, rendered in the browser from a few properties: no server-side
   * components per row, so a session holding a page of rows stays small. While something is dragged
   * that this VM refuses, the reason shows after the name.
   */
  private LitRenderer<VmRow> nameCell() {
    return LitRenderer.<VmRow>of(
            "<span class=\"vm-name\" style=\"display:inline-flex\"><vaadin-icon"
                + " class=\"power-icon power-${item.powerClass}\" icon=\"${item.icon}\""
                + " data-power=\"${item.power}\"></vaadin-icon><span>${item.name}</span>"
                + "<vaadin-icon icon=\"vaadin:warning\" class=\"object-mark ${item.markClass}\""
                + " data-mark=\"${item.mark}\" title=\"${item.markTitle}\""
                + " ?hidden=\"${!item.mark}\"></vaadin-icon>"
                + "<span class=\"drop-refused\" ?hidden=\"${!item.refused}\""
                + " title=\"${item.refused}\"><vaadin-icon icon=\"vaadin:ban\"></vaadin-icon>"
                + "<span>${item.refused}</span></span></span>")
        .withProperty("name", VmRow::name)
        .withProperty("mark", r -> mark(r).map(ObjectMarks.Mark::level).orElse(""))
        .withProperty(
            "markClass",
            r ->
                mark(r)
                    .map(m -> "mark-" + m.level() + (m.acknowledged() ? " mark-acknowledged" : ""))
                    .orElse(""))
        .withProperty(
            "markTitle", r -> mark(r).map(m -> getTranslation(m.titleKey(), m.count())).orElse(""))
        .withProperty("refused", r -> VmDrops.reason(this, dropTargets, r.key()).orElse(""))
        .withProperty("power", r -> PowerStateIcon.shown(r.powerState(), r.template()))
        .withProperty(
            "powerClass",
            r ->
                PowerStateIcon.shown(r.powerState(), r.template())
                    .toLowerCase(java.util.Locale.ROOT))
        .withProperty("icon", PowerStateIcon::iconName);
  }

  private java.util.Optional<ObjectMarks.Mark> mark(VmRow row) {
    return marks.of(scopes.get(), ObjectMarks.On.VM, row.namespace(), row.name());
  }

  private VmQuery query(Query<VmRow, Void> q) {
    List<VmQuery.Sort> sorts =
        q.getSortOrders().stream()
            .map(
                s ->
                    new VmQuery.Sort(
                        VmColumn.valueOf(s.getSorted()),
                        s.getDirection() == SortDirection.ASCENDING))
            .toList();
    return VmQuery.of(namespace, text, sorts, scopes.get()).onHost(host);
  }

  /** What the grid shows now: its folder, filter text, sort order and scope. */
  VmQuery shownQuery() {
    List<VmQuery.Sort> sorts =
        getSortOrder().stream()
            .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
            .map(
                s ->
                    new VmQuery.Sort(
                        VmColumn.valueOf(s.getSorted()),
                        s.getDirection() == SortDirection.ASCENDING))
            .toList();
    return VmQuery.of(namespace, text, sorts, scopes.get()).onHost(host);
  }

  void show(String namespace, String text) {
    this.namespace = namespace;
    this.text = text;
    provider.refreshAll();
  }

  /** Shows the VMs running on the host, every folder. */
  void showHost(String host) {
    this.host = host;
    show("", "");
  }

  void refresh() {
    provider.refreshAll();
  }

  /** Sends the row's new state to the browser if it holds the row; nothing otherwise. */
  void refreshRow(VmRow row) {
    LoadedItems.refresh(this, row);
  }

  /** Whether the browser may hold the row of {@code key}; safe to ask from any thread. */
  boolean mayShow(ResourceKey key) {
    return fetched.test(key);
  }

  int count() {
    return inventory.count(VmQuery.of(namespace, text, List.of(), scopes.get()).onHost(host));
  }
}
