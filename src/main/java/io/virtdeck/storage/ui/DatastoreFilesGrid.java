package io.virtdeck.storage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.DiskRow;
import io.virtdeck.ui.Formats;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Datastore → VMs and Files: its disks with size, status (import in %), access and volume mode, the
 * VMs using them (orphans flagged), age; each draggable onto a VM, with "Attach to VM…" as the
 * keyboard alternative, Delete for orphans, and its YAML (the claim) in a dialog.
 */
class DatastoreFilesGrid extends Grid<DiskRow> {

  private final DiskActions actions;

  DatastoreFilesGrid(DiskActions actions, Clock clock) {
    this.actions = actions;
    setId("datastore-files");
    setAllRowsVisible(true);
    addColumn(d -> d.key().toString())
        .setHeader(getTranslation("storage.files.name"))
        .setKey("name")
        .setAutoWidth(true)
        .setFlexGrow(0)
        .setResizable(true);
    addColumn(DiskRow::kind).setHeader(getTranslation("storage.files.kind")).setAutoWidth(true);
    addColumn(d -> Formats.orDash(d.size()))
        .setHeader(getTranslation("storage.files.size"))
        .setAutoWidth(true);
    addColumn(this::status).setHeader(getTranslation("storage.files.status")).setKey("status");
    addColumn(d -> Formats.orDash(String.join(", ", d.accessModes())))
        .setHeader(getTranslation("storage.files.access"))
        .setAutoWidth(true);
    addColumn(d -> Formats.orDash(d.volumeMode()))
        .setHeader(getTranslation("storage.files.mode"))
        .setAutoWidth(true);
    addComponentColumn(this::owners)
        .setHeader(getTranslation("storage.files.vm"))
        .setKey("vm")
        .setAutoWidth(true);
    addColumn(
            d ->
                d.created().equals(Instant.EPOCH) ? "—" : Formats.age(d.created(), clock.instant()))
        .setHeader(getTranslation("storage.files.age"))
        .setAutoWidth(true);
    addComponentColumn(this::rowActions).setAutoWidth(true);
    setPartNameGenerator(d -> d.orphaned() ? "orphaned" : null);
    DiskDrag.source(this, actions);
  }

  void show(List<DiskRow> disks) {
    setItems(disks);
  }

  private String status(DiskRow disk) {
    return disk.progress() >= 0 && disk.progress() < 100
        ? getTranslation("storage.files.importing", String.valueOf(disk.progress()))
        : disk.status();
  }

  private Component owners(DiskRow disk) {
    if (disk.orphaned()) {
      Span orphan = new Span(getTranslation("storage.files.orphaned"));
      orphan.getElement().getThemeList().addAll(java.util.List.of("badge", "contrast"));
      orphan.getElement().setAttribute("data-orphaned", disk.key().toString());
      return orphan;
    }
    if (disk.vmsHidden()) {
      return new Span(getTranslation("storage.files.used-hidden"));
    }
    return new Span(disk.vms().stream().map(ResourceKey::name).collect(Collectors.joining(", ")));
  }

  private Component rowActions(DiskRow disk) {
    HorizontalLayout bar = new HorizontalLayout();
    Button yaml = new Button(VaadinIcon.CODE.create(), e -> actions.showYaml(disk));
    yaml.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    yaml.setAriaLabel(getTranslation("storage.yaml.open", disk.key().name()));
    yaml.setTooltipText(getTranslation("storage.yaml.open", disk.key().name()));
    yaml.getElement().setAttribute("data-yaml", disk.key().toString());
    bar.add(yaml);
    if (actions.mayAttachSomewhere(disk)) {
      Button attach = new Button(VaadinIcon.LINK.create(), e -> actions.attachToVm(this, disk));
      attach.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      attach.setAriaLabel(getTranslation("storage.attach-to-vm.open", disk.key().name()));
      attach.setTooltipText(getTranslation("storage.attach-to-vm.open", disk.key().name()));
      attach.getElement().setAttribute("data-attach", disk.key().toString());
      bar.add(attach);
    }
    if (disk.orphaned() && actions.mayDelete(disk.key())) {
      Button delete = new Button(VaadinIcon.TRASH.create(), e -> actions.delete(disk));
      delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
      delete.setAriaLabel(getTranslation("storage.delete.label", disk.key().name()));
      delete.setTooltipText(getTranslation("storage.delete.label", disk.key().name()));
      delete.getElement().setAttribute("data-delete", disk.key().toString());
      bar.add(delete);
    }
    return bar;
  }
}
