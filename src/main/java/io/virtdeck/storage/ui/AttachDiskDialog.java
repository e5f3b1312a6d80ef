package io.virtdeck.storage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.DiskRow;
import io.virtdeck.storage.NewDisk;
import io.virtdeck.storage.StorageChecks;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Attach an existing disk to a VM (a drop, "Attach to VM…", or "Attach existing disk…" with a
 * picker of the namespace's unattached disks): bus, what happens (hot-plug now or at the next
 * start), the problems on their fields, and the Kubernetes operation.
 */
class AttachDiskDialog extends Dialog {

  private final DiskActions actions;
  private final ResourceKey vm;
  private final boolean running;
  private final ComboBox<ResourceKey> disk = new ComboBox<>();
  private final Select<String> bus = new Select<>();
  private final Paragraph effect = new Paragraph();
  private final Div problems = OperationPreview.problems("attach-disk-problems");
  private final FieldErrors errors;
  private final Details kubernetes = OperationPreview.details(this, "attach-disk-show-kubernetes");

  AttachDiskDialog(DiskActions actions, ResourceKey vm, @Nullable ResourceKey chosen) {
    this.actions = actions;
    this.vm = vm;
    this.running = actions.inventory.running(vm);
    setId("attach-disk");
    setHeaderTitle(getTranslation("storage.attach.title", vm.name()));
    setWidth("min(48rem, 95vw)");
    disk.setId("attach-disk-disk");
    disk.setLabel(getTranslation("storage.attach.disk"));
    disk.setItemLabelGenerator(ResourceKey::name);
    List<ResourceKey> offered =
        new ArrayList<>(
            actions.inventory.unattached(vm.namespace(), actions.scopes()).stream()
                .map(DiskRow::key)
                .toList());
    if (chosen != null && !offered.contains(chosen)) {
      offered.add(0, chosen);
    }
    disk.setItems(offered);
    disk.setWidthFull();
    if (chosen != null) {
      disk.setValue(chosen);
      disk.setReadOnly(true);
    }
    bus.setId("attach-disk-bus");
    bus.setLabel(getTranslation("storage.disk.bus"));
    bus.setItems(NewDisk.BUSES);
    bus.setValue(running ? "scsi" : "virtio");
    effect.setId("attach-disk-effect");
    add(new FormLayout(disk, bus), effect, problems, kubernetes);
    errors =
        new FieldErrors(problems)
            .on("storage.invalid.disk", disk)
            .on("storage.drop", disk)
            .on("storage.invalid.bus", bus)
            .on("storage.invalid.hotplug-bus", bus);
    disk.addValueChangeListener(e -> refresh());
    bus.addValueChangeListener(e -> refresh());
    Button confirm = new Button(getTranslation("storage.attach.confirm"), e -> confirm());
    confirm.setId("attach-disk-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
    refresh();
  }

  private void refresh() {
    ResourceKey chosen = disk.getValue();
    String name = chosen == null ? "—" : chosen.name();
    effect.setText(
        getTranslation(
            running ? "storage.attach.effect.live" : "storage.attach.effect.off", name, vm.name()));
    if (chosen != null) {
      OperationPreview.show(
          this, kubernetes, actions.operations.prepareAttach(vm, chosen, bus.getValue()));
    }
  }

  private void confirm() {
    ResourceKey chosen = disk.getValue();
    List<Message> found = new ArrayList<>(StorageChecks.bus(bus.getValue(), running));
    if (chosen == null) {
      found.add(Message.of("storage.invalid.disk-empty"));
    } else {
      actions.refusal(vm, chosen).ifPresent(found::add);
    }
    if (errors.show(found) && chosen != null) {
      close();
      actions.submit(this, actions.operations.prepareAttach(vm, chosen, bus.getValue()));
    }
  }
}
