package io.virtdeck.storage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.storage.DiskOperation;
import io.virtdeck.storage.DiskRow;

/**
 * Deleting a disk no VM uses: says what is lost (the disk, its size and datastore, all its data)
 * and shows the operation; a disk in use is refused naming its VMs.
 */
class DeleteDiskDialog extends Dialog {

  DeleteDiskDialog(DiskActions actions, ResourceKey disk) {
    setId("delete-disk");
    setHeaderTitle(getTranslation("storage.delete.title", disk.name()));
    var refused = actions.operations.deleteRefusal(actions.scopes(), disk);
    Paragraph text = new Paragraph();
    text.setId("delete-disk-text");
    add(text);
    if (refused.isPresent()) {
      text.setText(getTranslation(refused.get().key(), refused.get().args().toArray()));
      getFooter().add(new Button(getTranslation("dialog.close"), e -> close()));
      return;
    }
    DiskRow row = actions.inventory.disk(disk).orElse(null);
    text.setText(
        getTranslation(
            "storage.delete.loses",
            disk.name(),
            row == null ? "—" : row.size(),
            row == null ? "—" : row.storageClass(),
            disk.namespace()));
    DiskOperation operation = actions.operations.prepareDelete(disk);
    var kubernetes = OperationPreview.details(this, "delete-disk-show-kubernetes");
    OperationPreview.show(this, kubernetes, operation);
    add(kubernetes);
    Button confirm =
        new Button(
            getTranslation("storage.delete.confirm"),
            e -> {
              close();
              actions.submit(this, operation);
            });
    confirm.setId("delete-disk-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }
}
