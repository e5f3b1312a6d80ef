package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.virtdeck.rvtools.plan.MigrationPlan;
import io.virtdeck.rvtools.plan.Readiness;
import io.virtdeck.rvtools.plan.VmReadiness;
import io.virtdeck.ui.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The readiness table: each source VM, its status and every reason, filtered by status. */
class ReadinessGrid extends VerticalLayout {

  private final Grid<VmReadiness> grid = new Grid<>();
  private final Select<Optional<Readiness>> filter = new Select<>();
  private List<VmReadiness> all = List.of();

  ReadinessGrid() {
    setPadding(false);
    setSizeFull();
    filter.setId("plan-readiness-filter");
    filter.setLabel(getTranslation("rvtools.plan.filter"));
    filter.setItems(
        Optional.empty(),
        Optional.of(Readiness.READY),
        Optional.of(Readiness.NEEDS_WORK),
        Optional.of(Readiness.BLOCKED));
    filter.setItemLabelGenerator(
        s ->
            s.map(r -> getTranslation(r.labelKey()))
                .orElse(getTranslation("rvtools.plan.filter.all")));
    filter.setValue(Optional.empty());
    filter.addValueChangeListener(e -> refresh());
    grid.setId("plan-readiness");
    grid.addColumn(v -> v.vm().name())
        .setHeader(getTranslation("rvtools.plan.col.vm"))
        .setSortable(true)
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(v -> v.vm().folder())
        .setHeader(getTranslation("rvtools.plan.col.folder"))
        .setSortable(true)
        .setWidth("10rem")
        .setFlexGrow(0);
    grid.addColumn(v -> v.vm().cpus())
        .setHeader(getTranslation("rvtools.plan.col.cpus"))
        .setSortable(true)
        .setWidth("5rem")
        .setFlexGrow(0);
    grid.addColumn(v -> Formats.bytes(v.vm().memoryMib() << 20))
        .setHeader(getTranslation("rvtools.plan.col.memory"))
        .setWidth("6rem")
        .setFlexGrow(0);
    grid.addColumn(v -> v.vm().guestOs())
        .setHeader(getTranslation("rvtools.plan.col.guest-os"))
        .setSortable(true)
        .setWidth("12rem")
        .setFlexGrow(0);
    grid.addColumn(v -> firmware(v, getTranslation("rvtools.plan.secure-boot")))
        .setHeader(getTranslation("rvtools.plan.col.firmware"))
        .setWidth("8rem")
        .setFlexGrow(0);
    grid.addColumn(ReadinessGrid::disks)
        .setHeader(getTranslation("rvtools.plan.col.disks"))
        .setComparator(VmReadiness::diskMib)
        .setWidth("10rem")
        .setFlexGrow(0);
    grid.addColumn(status())
        .setHeader(getTranslation("rvtools.plan.col.status"))
        .setComparator(VmReadiness::status)
        .setWidth("9rem")
        .setFlexGrow(0);
    grid.addColumn(this::reasons)
        .setHeader(getTranslation("rvtools.plan.col.reasons"))
        .setFlexGrow(1);
    grid.setSizeFull();
    add(filter, grid);
  }

  private LitRenderer<VmReadiness> status() {
    return LitRenderer.<VmReadiness>of(
            "<span class=\"readiness readiness-${item.css}\" data-status=\"${item.status}\">${item.label}</span>")
        .withProperty("css", v -> v.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .withProperty("status", v -> v.status().name())
        .withProperty("label", v -> getTranslation(v.status().labelKey()));
  }

  /** The disks' count and each one's size ("2: 40 GiB, 1 TiB"), or the VM's provisioned size. */
  static String disks(VmReadiness vm) {
    if (vm.disks().isEmpty()) {
      return Formats.bytes(vm.diskMib() << 20);
    }
    return vm.disks().size()
        + ": "
        + vm.disks().stream()
            .map(d -> d.capacityMib() < 0 ? "—" : Formats.bytes(d.capacityMib() << 20))
            .collect(Collectors.joining(", "));
  }

  /** BIOS or EFI as the file says, and Secure Boot when it is on. */
  static String firmware(VmReadiness vm, String secureBoot) {
    String firmware =
        vm.vm().firmware().isEmpty() ? "—" : vm.vm().firmware().toUpperCase(Locale.ROOT);
    return vm.vm().secureBoot() ? firmware + ", " + secureBoot : firmware;
  }

  private String reasons(VmReadiness vm) {
    return vm.reasons().stream()
        .map(r -> getTranslation(r.message().key(), r.message().args().toArray()))
        .collect(Collectors.joining(" "));
  }

  void show(MigrationPlan plan) {
    all = plan.vms();
    refresh();
  }

  private void refresh() {
    Optional<Readiness> only = filter.getValue() == null ? Optional.empty() : filter.getValue();
    grid.setItems(all.stream().filter(v -> only.map(r -> v.status() == r).orElse(true)).toList());
  }
}
