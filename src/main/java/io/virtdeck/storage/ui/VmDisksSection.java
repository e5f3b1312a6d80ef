package io.virtdeck.storage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.VmDiskRow;
import io.virtdeck.ui.Formats;
import io.virtdeck.ui.LiveUpdates;
import io.virtdeck.vm.ui.VmConfigureSection;

/**
 * VM → Configure → Virtual hardware: the hard disks (name, bus, size, datastore, boot order,
 * hot-plugged, CD-ROM), with Add new disk, Attach existing disk, Detach, Expand and Delete, live.
 */
@org.springframework.stereotype.Component
class VmDisksSection implements VmConfigureSection {

  private final DiskActions.Factory factory;

  VmDisksSection(DiskActions.Factory factory) {
    this.factory = factory;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Component create(ResourceKey vm) {
    DiskActions actions = factory.create();
    Div section = new Div();
    section.setId("vm-disks");
    section.addClassName("configure-section");
    Grid<VmDiskRow> grid = new Grid<>();
    grid.setId("vm-disks-grid");
    grid.setAllRowsVisible(true);
    grid.addColumn(VmDiskRow::name)
        .setHeader(t(section, "storage.disk.name"))
        .setKey("name")
        .setAutoWidth(true);
    grid.addColumn(d -> d.disk().bus())
        .setHeader(t(section, "storage.disk.bus"))
        .setKey("bus")
        .setAutoWidth(true);
    grid.addColumn(d -> Formats.orDash(d.disk().size()))
        .setHeader(t(section, "storage.disk.size"))
        .setKey("size")
        .setAutoWidth(true);
    grid.addColumn(d -> Formats.orDash(d.disk().storageClass()))
        .setHeader(t(section, "storage.disk.datastore"))
        .setAutoWidth(true);
    grid.addColumn(d -> d.disk().bootOrder() == 0 ? "—" : String.valueOf(d.disk().bootOrder()))
        .setHeader(t(section, "storage.disk.boot"))
        .setAutoWidth(true);
    grid.addColumn(d -> t(section, d.disk().hotplugged() ? "storage.yes" : "storage.no"))
        .setHeader(t(section, "storage.disk.hotplugged"))
        .setKey("hotplugged")
        .setAutoWidth(true);
    grid.addColumn(d -> t(section, d.cdrom() ? "storage.yes" : "storage.no"))
        .setHeader(t(section, "storage.disk.cdrom"))
        .setAutoWidth(true);
    grid.addColumn(d -> Formats.orDash(d.phase()))
        .setHeader(t(section, "storage.disk.phase"))
        .setAutoWidth(true);
    boolean may = actions.mayChange(vm);
    if (may) {
      grid.addComponentColumn(d -> rowActions(actions, vm, d)).setAutoWidth(true);
    }
    Runnable refresh = () -> grid.setItems(actions.inventory.vmDisks(vm, actions.scopes()));
    refresh.run();
    LiveUpdates.follow(grid, actions.inventory::changes, refresh);
    HorizontalLayout bar = new HorizontalLayout();
    if (may && actions.mayCreate(vm.namespace())) {
      Button add =
          new Button(
              t(section, "storage.add.open"), VaadinIcon.PLUS.create(), e -> actions.addDisk(vm));
      add.setId("add-disk-open");
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      bar.add(add);
    }
    if (may) {
      Button attach =
          new Button(
              t(section, "storage.attach.open"),
              VaadinIcon.LINK.create(),
              e -> actions.attachExisting(vm));
      attach.setId("attach-disk-open");
      bar.add(attach);
    }
    section.add(new H3(t(section, "storage.disks.title")), bar, grid);
    return section;
  }

  private static Component rowActions(DiskActions actions, ResourceKey vm, VmDiskRow disk) {
    HorizontalLayout bar = new HorizontalLayout();
    if (!disk.claimBacked()) {
      return bar;
    }
    ResourceKey claim = new ResourceKey(vm.namespace(), disk.claim());
    bar.add(
        button(
            VaadinIcon.UNLINK,
            "storage.detach.label",
            disk,
            "data-detach",
            () -> actions.detach(vm, disk.name())));
    if (actions.mayExpand(claim)) {
      bar.add(
          button(
              VaadinIcon.EXPAND_SQUARE,
              "storage.expand.label",
              disk,
              "data-expand",
              () -> actions.expand(claim, disk.disk().size())));
    }
    return bar;
  }

  private static Button button(
      VaadinIcon icon, String label, VmDiskRow disk, String attribute, Runnable action) {
    Button button = new Button(icon.create(), e -> action.run());
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    button.setAriaLabel(button.getTranslation(label, disk.name()));
    button.setTooltipText(button.getTranslation(label, disk.name()));
    button.getElement().setAttribute(attribute, disk.name());
    return button;
  }

  private static String t(Component owner, String key) {
    return owner.getTranslation(key);
  }
}
