package io.virtdeck.storage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.DiskRow;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.FieldErrors;
import java.util.List;

/**
 * "Attach to VM…": the keyboard alternative to dragging a disk onto a VM. Pick a VM of the disk's
 * namespace; the refusal (if any) is said before the attach confirmation opens.
 */
class AttachToVmDialog extends Dialog {

  AttachToVmDialog(DiskActions actions, DiskRow disk) {
    setId("attach-to-vm");
    setHeaderTitle(getTranslation("storage.attach-to-vm.title", disk.key().name()));
    ComboBox<ResourceKey> vm = new ComboBox<>(getTranslation("storage.attach-to-vm.vm"));
    vm.setId("attach-to-vm-vm");
    vm.setItemLabelGenerator(ResourceKey::name);
    List<ResourceKey> vms = actions.inventory.vmsIn(disk.key().namespace());
    vm.setItems(
        vms.stream()
            .filter(k -> actions.scopes().includes(CachedKind.VIRTUAL_MACHINES, k.namespace()))
            .toList());
    vm.setWidthFull();
    Div problems = OperationPreview.problems("attach-to-vm-problems");
    add(vm, problems);
    FieldErrors errors =
        new FieldErrors(problems).on("storage.invalid.vm", vm).on("storage.drop", vm);
    Button next =
        new Button(
            getTranslation("storage.attach-to-vm.next"),
            e -> {
              ResourceKey chosen = vm.getValue();
              if (chosen == null) {
                errors.show(List.of(Message.of("storage.invalid.vm-empty")));
                return;
              }
              var refused = actions.refusal(chosen, disk.key());
              if (errors.show(refused.stream().toList())) {
                close();
                new AttachDiskDialog(actions, chosen, disk.key()).open();
              }
            });
    next.setId("attach-to-vm-next");
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), next);
  }
}
