package io.virtdeck.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.network.NicChange;
import io.virtdeck.network.NicOperation;
import io.virtdeck.task.ui.TaskDetailsDialog;

/**
 * Asks before removing a network adapter, saying whether it is hot-unplugged now or removed at the
 * next restart, and shows the Kubernetes operation.
 */
class RemoveNicDialog extends Dialog {

  RemoveNicDialog(NicActions actions, ResourceKey vm, String nic) {
    setId("remove-nic");
    setHeaderTitle(getTranslation("net.remove.title", nic, vm.name()));
    NicOperation operation = actions.operations.prepareRemove(vm, nic);
    String key =
        operation.change() == NicChange.UNPLUG
            ? "net.remove.live"
            : actions.portGroups.running(vm) ? "net.remove.restart" : "net.remove.off";
    Paragraph text = new Paragraph(getTranslation(key, nic, vm.name()));
    text.setId("remove-nic-text");
    Details kubernetes =
        new Details(
            getTranslation("teach.show"),
            TaskDetailsDialog.sections(this, operation.call(), operation.commands()));
    add(text, kubernetes);
    Button confirm =
        new Button(
            getTranslation("net.remove.confirm"),
            e -> {
              close();
              actions.submit(this, operation);
            });
    confirm.setId("remove-nic-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }
}
