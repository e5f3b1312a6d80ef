package io.virtdeck.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroupOperation;
import io.virtdeck.task.ui.TaskDetailsDialog;
import io.virtdeck.ui.Notices;

/** Deleting a port group: refused (naming the VMs) while VMs use it, otherwise confirmed. */
class DeletePortGroupDialog extends Dialog {

  DeletePortGroupDialog(
      NetworkOperations operations, UserIdentity user, UserScopes scopes, ResourceKey key) {
    setId("delete-port-group-dialog");
    setHeaderTitle(getTranslation("net.delete.title", key.name()));
    Paragraph text = new Paragraph();
    text.setId("delete-pg-text");
    add(text);
    Button close = new Button(getTranslation("dialog.cancel"), e -> close());
    var refusal = operations.deleteRefusal(scopes, key);
    if (refusal.isPresent()) {
      text.setText(getTranslation(refusal.get().key(), refusal.get().args().toArray()));
      getFooter().add(close);
      return;
    }
    text.setText(getTranslation("net.delete.confirm-text", key.toString()));
    PortGroupOperation operation = operations.prepareDelete(key);
    add(
        new Details(
            getTranslation("teach.show"),
            TaskDetailsDialog.sections(this, operation.call(), operation.commands())));
    Button delete =
        new Button(
            getTranslation("net.delete.confirm"),
            e -> {
              close();
              operations.run(user, operation);
              Notices.show(getTranslation("net.queued", getTranslation(operation.titleKey()), key));
            });
    delete.setId("delete-pg-confirm");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    getFooter().add(close, delete);
  }
}
