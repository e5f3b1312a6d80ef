package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostRow;
import io.virtdeck.perf.HostUse;
import io.virtdeck.perf.PerfChart;
import io.virtdeck.perf.PerfResult;
import io.virtdeck.perf.PerfService;
import io.virtdeck.perf.TopMetric;
import io.virtdeck.perf.TopVm;
import io.virtdeck.ui.PropertyCard;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.table.VmQuery;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The datacenter's Summary, as vSphere's cluster summary: VM counts by power state, the top 10 VMs
 * by CPU, memory, network and storage traffic, and the hosts by CPU and memory use (the VMs the
 * user may see, on hosts they may see).
 */
@StyleSheet("styles/perf.css")
class DatacenterSummary extends Div {

  static final int TOP = 10;

  private final PerfService perf;
  private final UserIdentity user;
  private final HostInventory hosts;
  private final Div problem = new Div();
  private final Map<TopMetric, Grid<TopVm>> tops = new EnumMap<>(TopMetric.class);
  private final Grid<HostLoad> hostGrid = new Grid<>();
  private final Arrivals arrivals = new Arrivals(this, this::load);

  /** A host with what its VMs use now and what it has. */
  record HostLoad(
      String host, double cpuCores, double cpuCapacity, double memory, double memoryCapacity) {
    double cpuShare() {
      return cpuCapacity <= 0 ? 0 : cpuCores / cpuCapacity;
    }
  }

  DatacenterSummary(
      VmInventory inventory,
      NamespaceScope scope,
      HostInventory hosts,
      PerfService perf,
      UserIdentity user) {
    this.perf = perf;
    this.user = user;
    this.hosts = hosts;
    setId("datacenter-summary");
    addClassName("datacenter-summary");
    problem.setId("summary-problem");
    problem.addClassName("problem");
    problem.setVisible(false);
    add(powerStates(inventory, scope), problem);
    Div grids = new Div();
    grids.addClassName("top-grids");
    for (TopMetric metric : TopMetric.values()) {
      Grid<TopVm> grid = topGrid(metric);
      tops.put(metric, grid);
      grids.add(titled(getTranslation(metric.titleKey()), grid));
    }
    add(grids);
    if (hosts.visibleTo(user)) {
      add(titled(getTranslation("perf.hosts.title"), hostGrid()));
    }
  }

  private Component powerStates(VmInventory inventory, NamespaceScope scope) {
    Map<PowerState, Integer> counts = new EnumMap<>(PowerState.class);
    for (VmRow row : inventory.page(new VmQuery("", "", List.of(), scope), 0, Integer.MAX_VALUE)) {
      counts.merge(row.powerState(), 1, Integer::sum);
    }
    PropertyCard card = new PropertyCard(getTranslation("perf.summary.vms"));
    card.setId("vm-power-counts");
    for (PowerState state : PowerState.values()) {
      card.row(
          getTranslation("power." + state.name().toLowerCase(Locale.ROOT)),
          String.valueOf(counts.getOrDefault(state, 0)));
    }
    return card;
  }

  private Grid<TopVm> topGrid(TopMetric metric) {
    Grid<TopVm> grid = new Grid<>();
    grid.setId("top-" + metric.name().toLowerCase(Locale.ROOT));
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addComponentColumn(vm -> new Anchor("vm/" + vm.namespace() + "/" + vm.name(), vm.name()))
        .setHeader(getTranslation("perf.top.vm"))
        .setFlexGrow(2);
    grid.addColumn(TopVm::namespace).setHeader(getTranslation("perf.top.folder"));
    grid.addColumn(vm -> PerfFormats.format(metric.unit(), vm.value()))
        .setHeader(getTranslation("perf.top.use"))
        .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    grid.setEmptyStateText(getTranslation("perf.top.none"));
    return grid;
  }

  private Grid<HostLoad> hostGrid() {
    hostGrid.setId("hosts-by-use");
    hostGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    hostGrid.setAllRowsVisible(true);
    hostGrid
        .addComponentColumn(h -> new Anchor("host/" + h.host(), h.host()))
        .setHeader(getTranslation("perf.hosts.host"));
    hostGrid
        .addColumn(
            h ->
                PerfFormats.format(PerfChart.Unit.CORES, h.cpuCores())
                    + " · "
                    + PerfFormats.percent(h.cpuCores(), h.cpuCapacity()))
        .setHeader(getTranslation("perf.hosts.cpu"));
    hostGrid
        .addColumn(
            h ->
                PerfFormats.format(PerfChart.Unit.BYTES, h.memory())
                    + " · "
                    + PerfFormats.percent(h.memory(), h.memoryCapacity()))
        .setHeader(getTranslation("perf.hosts.memory"));
    return hostGrid;
  }

  private static Div titled(String title, Component content) {
    Div box = new Div(new H3(title), content);
    box.addClassName("summary-box");
    return box;
  }

  private void load() {
    arrivals.restart();
    if (!perf.configured()) {
      showProblem(PerfResult.failed(io.virtdeck.perf.PerfProblem.NOT_CONFIGURED));
      return;
    }
    for (TopMetric metric : TopMetric.values()) {
      arrivals.await(perf.top(user, metric, TOP), result -> showTop(metric, result));
    }
    if (hosts.visibleTo(user)) {
      arrivals.await(perf.hostUse(user), this::showHosts);
    }
  }

  private void showTop(TopMetric metric, PerfResult<List<TopVm>> result) {
    if (result.value() == null) {
      showProblem(result);
      return;
    }
    Objects.requireNonNull(tops.get(metric)).setItems(result.value());
  }

  private void showHosts(PerfResult<Map<String, HostUse>> result) {
    Map<String, HostUse> use = result.value();
    if (use == null) {
      showProblem(result);
      return;
    }
    hostGrid.setItems(
        hosts.hosts().stream()
            .map(h -> load(h, use.get(h.name())))
            .sorted(Comparator.comparingDouble(HostLoad::cpuShare).reversed())
            .toList());
  }

  private static HostLoad load(HostRow host, @org.jspecify.annotations.Nullable HostUse use) {
    return new HostLoad(
        host.name(),
        use == null ? 0 : use.cpuCores(),
        host.cpuCapacity() / 1000.0,
        use == null ? 0 : use.memoryBytes(),
        host.memoryCapacity());
  }

  private void showProblem(PerfResult<?> result) {
    var reason = Objects.requireNonNull(result.problem());
    problem.setText(getTranslation(reason.key(), reason.arguments().toArray()));
    problem.setVisible(true);
  }
}
