package io.virtdeck.storage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.BootDisk;
import io.virtdeck.storage.DiskChange;
import io.virtdeck.storage.DiskOperation;

/**
 * Asks before detaching a disk, saying whether it is hot-unplugged now or removed from the spec (at
 * the next start if the VM runs), that the disk itself stays, warns when it is the boot disk or the
 * only disk (the VM will not boot without it), and shows the operation.
 */
class DetachDiskDialog extends Dialog {

  DetachDiskDialog(DiskActions actions, ResourceKey vm, String disk) {
    setId("detach-disk");
    setHeaderTitle(getTranslation("storage.detach.title", disk, vm.name()));
    DiskOperation operation = actions.operations.prepareDetach(vm, disk);
    String key =
        operation.change() == DiskChange.UNPLUG
            ? "storage.detach.live"
            : actions.inventory.running(vm) ? "storage.detach.restart" : "storage.detach.off";
    Paragraph text = new Paragraph(getTranslation(key, disk, vm.name()));
    text.setId("detach-disk-text");
    var kubernetes = OperationPreview.details(this, "detach-disk-show-kubernetes");
    OperationPreview.show(this, kubernetes, operation);
    add(text);
    BootDisk.detachWarning(actions.inventory.vmDisks(vm), vm.name(), disk)
        .ifPresent(
            m -> {
              Paragraph warning = new Paragraph(getTranslation(m.key(), m.args().toArray()));
              warning.setId("detach-disk-warning");
              warning.getStyle().set("color", "var(--lumo-error-text-color)");
              add(warning);
            });
    add(kubernetes);
    Button confirm =
        new Button(
            getTranslation("storage.detach.confirm"),
            e -> {
              close();
              actions.submit(this, operation);
            });
    confirm.setId("detach-disk-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }
}
