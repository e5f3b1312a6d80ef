package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.virtdeck.rvtools.plan.MigrationPlan;
import io.virtdeck.rvtools.plan.Total;
import io.virtdeck.ui.Formats;

/** Totals per folder, per datastore and per network: VMs, vCPUs, memory, disks, by readiness. */
class TotalsPanel extends VerticalLayout {

  private final Grid<Total> folders = grid("plan-totals-folders", "rvtools.plan.col.folder");
  private final Grid<Total> datastores =
      grid("plan-totals-datastores", "rvtools.plan.col.datastore");
  private final Grid<Total> networks = grid("plan-totals-networks", "rvtools.plan.col.port-group");

  TotalsPanel() {
    setPadding(false);
    add(
        new H3(getTranslation("rvtools.plan.sheet.folders")),
        folders,
        new H3(getTranslation("rvtools.plan.sheet.datastores")),
        datastores,
        new H3(getTranslation("rvtools.plan.sheet.networks")),
        networks);
  }

  private Grid<Total> grid(String id, String nameKey) {
    Grid<Total> grid = new Grid<>();
    grid.setId(id);
    grid.setAllRowsVisible(true);
    grid.addColumn(Total::name).setHeader(getTranslation(nameKey)).setAutoWidth(true);
    grid.addColumn(Total::vms).setHeader(getTranslation("rvtools.plan.col.vms"));
    grid.addColumn(Total::cpus).setHeader(getTranslation("rvtools.plan.col.cpus"));
    grid.addColumn(t -> Formats.bytes(t.memoryMib() << 20))
        .setHeader(getTranslation("rvtools.plan.col.memory"));
    grid.addColumn(t -> Formats.bytes(t.diskMib() << 20))
        .setHeader(getTranslation("rvtools.plan.col.disks"));
    grid.addColumn(Total::ready).setHeader(getTranslation("rvtools.readiness.ready"));
    grid.addColumn(Total::needsWork).setHeader(getTranslation("rvtools.readiness.needs-work"));
    grid.addColumn(Total::blocked).setHeader(getTranslation("rvtools.readiness.blocked"));
    return grid;
  }

  void show(MigrationPlan plan) {
    folders.setItems(plan.totals().folders());
    datastores.setItems(plan.totals().datastores());
    networks.setItems(plan.totals().networks());
  }
}
