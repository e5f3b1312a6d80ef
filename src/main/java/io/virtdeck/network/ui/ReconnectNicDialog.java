package io.virtdeck.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.network.NicOperation;
import io.virtdeck.network.PortGroup;
import io.virtdeck.task.ui.TaskDetailsDialog;

/** Connects an existing adapter to another port group, saying that it needs a restart. */
class ReconnectNicDialog extends Dialog {

  private final Details kubernetes = new Details();

  ReconnectNicDialog(NicActions actions, ResourceKey vm, String nic) {
    setId("reconnect-nic");
    setHeaderTitle(getTranslation("net.reconnect.title", nic, vm.name()));
    ComboBox<PortGroup> target = new ComboBox<>(getTranslation("net.add.port-group"));
    target.setId("reconnect-nic-port-group");
    target.setItems(actions.usableBy(vm));
    target.setItemLabelGenerator(g -> g.networkNameFrom(vm.namespace()));
    target.setWidthFull();
    String key = actions.portGroups.running(vm) ? "net.reconnect.restart" : "net.reconnect.off";
    Paragraph text = new Paragraph(getTranslation(key, nic, vm.name()));
    text.setId("reconnect-nic-text");
    kubernetes.setSummaryText(getTranslation("teach.show"));
    add(target, text, kubernetes);
    Button confirm = new Button(getTranslation("net.reconnect.confirm"));
    confirm.setId("reconnect-nic-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setEnabled(false);
    target.addValueChangeListener(
        e -> {
          kubernetes.removeAll();
          confirm.setEnabled(e.getValue() != null);
          if (e.getValue() != null) {
            NicOperation operation = prepare(actions, vm, nic, e.getValue());
            kubernetes.add(
                TaskDetailsDialog.sections(this, operation.call(), operation.commands()));
          }
        });
    confirm.addClickListener(
        e -> {
          close();
          actions.submit(this, prepare(actions, vm, nic, target.getValue()));
        });
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }

  private static NicOperation prepare(
      NicActions actions, ResourceKey vm, String nic, PortGroup group) {
    return actions.operations.prepareReconnect(vm, nic, group.networkNameFrom(vm.namespace()));
  }
}
