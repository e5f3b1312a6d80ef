package io.virtdeck.vm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.task.Operation;
import io.virtdeck.task.ui.TaskDetailsDialog;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.VmRow;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Asks before a power action that interrupts the guest or touches several VMs, naming the VMs and
 * what will be lost, and can show the Kubernetes requests it will send.
 */
class ConfirmPowerDialog extends Dialog {

  ConfirmPowerDialog(
      VmOperations operations, PowerAction action, List<VmRow> vms, Runnable confirmed) {
    setId("confirm-power");
    String names = vms.stream().map(VmRow::name).collect(Collectors.joining(", "));
    String id = action.name().toLowerCase(Locale.ROOT);
    setHeaderTitle(
        getTranslation("vm.confirm.title", getTranslation(action.labelKey()), vms.size()));
    Paragraph text = new Paragraph(getTranslation("vm.confirm." + id, names));
    text.setId("confirm-text");
    add(text);
    Operation first = operations.prepare(action, vms.get(0).key());
    Details kubernetes =
        new Details(
            getTranslation("teach.show"),
            TaskDetailsDialog.sections(this, first.call(), first.commands()));
    kubernetes.setId("confirm-show-kubernetes");
    if (vms.size() > 1) {
      kubernetes.add(new Paragraph(getTranslation("teach.one-per-vm", vms.size())));
    }
    add(kubernetes);
    Button confirm =
        new Button(
            getTranslation(action.labelKey()),
            e -> {
              close();
              confirmed.run();
            });
    confirm.setId("confirm-button");
    confirm.addThemeVariants(
        action == PowerAction.POWER_OFF ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
    getFooter().add(cancel, confirm);
  }
}
