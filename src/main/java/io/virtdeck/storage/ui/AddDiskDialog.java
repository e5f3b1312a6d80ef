package io.virtdeck.storage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.DiskSizes;
import io.virtdeck.storage.NewDisk;
import io.virtdeck.task.ui.FieldErrors;

/**
 * Add a new blank disk to a VM: name, size (a Kubernetes quantity; above 10Ti only when ticked as
 * meant), datastore and bus, problems shown on their fields; what will happen (a blank DataVolume,
 * or a claim without CDI, then hot-plugged or added to the spec), the problems as sentences, and
 * both Kubernetes operations.
 */
class AddDiskDialog extends Dialog {

  private final DiskActions actions;
  private final ResourceKey vm;
  private final TextField name = new TextField();
  private final TextField size = new TextField();
  private final Select<String> datastore = new Select<>();
  private final Select<String> bus = new Select<>();
  private final Checkbox confirmLarge = new Checkbox();
  private final Paragraph effect = new Paragraph();
  private final Div problems = OperationPreview.problems("add-disk-problems");
  private final Details kubernetes = OperationPreview.details(this, "add-disk-show-kubernetes");
  private final FieldErrors errors;

  AddDiskDialog(DiskActions actions, ResourceKey vm) {
    this.actions = actions;
    this.vm = vm;
    boolean running = actions.inventory.running(vm);
    setId("add-disk");
    setHeaderTitle(getTranslation("storage.add.title", vm.name()));
    setWidth("min(48rem, 95vw)");
    name.setId("add-disk-name");
    name.setLabel(getTranslation("storage.add.name"));
    name.setValue(suggestedName());
    size.setId("add-disk-size");
    size.setLabel(getTranslation("storage.add.size"));
    size.setHelperText(getTranslation("storage.add.size-help"));
    size.setValue("10Gi");
    datastore.setId("add-disk-datastore");
    datastore.setLabel(getTranslation("storage.add.datastore"));
    var names =
        actions.inventory.datastoreNames(io.virtdeck.storage.DatastoreScope.of(actions.scopes()));
    datastore.setItems(names);
    if (!names.isEmpty()) {
      datastore.setValue(names.getFirst());
    }
    bus.setId("add-disk-bus");
    bus.setLabel(getTranslation("storage.disk.bus"));
    bus.setItems(NewDisk.BUSES);
    bus.setValue(running ? "scsi" : "virtio");
    effect.setId("add-disk-effect");
    effect.setText(
        getTranslation(
                (actions.inventory.cdi() ? "storage.add.effect.dv" : "storage.add.effect.pvc"),
                vm.name())
            + " "
            + getTranslation(running ? "storage.add.effect.live" : "storage.add.effect.off"));
    confirmLarge.setId("add-disk-confirm-large");
    confirmLarge.setLabel(getTranslation("storage.add.confirm-large"));
    confirmLarge.setVisible(false);
    add(new FormLayout(name, size, datastore, bus), confirmLarge, effect, problems, kubernetes);
    errors =
        new FieldErrors(problems)
            .on("storage.invalid.name", name)
            .on("storage.invalid.size", size)
            .on("storage.invalid.datastore", datastore)
            .on("storage.invalid.bus", bus)
            .on("storage.invalid.hotplug-bus", bus);
    name.addValueChangeListener(e -> refresh());
    size.addValueChangeListener(
        e -> {
          confirmLarge.setVisible(DiskSizes.large(size.getValue()));
          refresh();
        });
    confirmLarge.addValueChangeListener(e -> refresh());
    datastore.addValueChangeListener(e -> refresh());
    bus.addValueChangeListener(e -> refresh());
    Button confirm = new Button(getTranslation("storage.add.confirm"), e -> confirm());
    confirm.setId("add-disk-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
    refresh();
  }

  private String suggestedName() {
    var taken =
        actions
            .inventory
            .disks("", io.virtdeck.cluster.NamespaceScope.only(java.util.Set.of(vm.namespace())))
            .stream()
            .map(d -> d.key().name())
            .toList();
    int n = 1;
    while (taken.contains(vm.name() + "-disk-" + n)) {
      n++;
    }
    return vm.name() + "-disk-" + n;
  }

  private NewDisk disk() {
    return new NewDisk(
        name.getValue().trim(),
        size.getValue().trim(),
        datastore.getValue() == null ? "" : datastore.getValue(),
        bus.getValue() == null ? "virtio" : bus.getValue(),
        confirmLarge.isVisible() && confirmLarge.getValue());
  }

  private void refresh() {
    NewDisk disk = disk();
    if (actions.operations.checkNewDisk(vm, disk).isEmpty()) {
      OperationPreview.show(
          this, kubernetes, actions.operations.prepareCreate(vm.namespace(), disk));
    }
  }

  private void confirm() {
    NewDisk disk = disk();
    if (errors.show(actions.operations.checkNewDisk(vm, disk))) {
      close();
      var operation = actions.operations.prepareCreate(vm.namespace(), disk);
      actions.operations.createAndAttach(actions.user(), vm, disk);
      DiskActions.queued(this, operation);
    }
  }
}
