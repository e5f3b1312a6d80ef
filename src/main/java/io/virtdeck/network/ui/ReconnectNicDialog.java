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
import org.jspecify.annotations.Nullable;

/** Connects an existing adapter to another port group, saying that it needs a restart. */
class ReconnectNicDialog extends Dialog {

  private final Details kubernetes = new Details();

  private @Nullable NicOperation prepared;

  /** {@code seenNetwork} is the port group the user saw the NIC on: it is tested when sent. */
  ReconnectNicDialog(NicActions actions, ResourceKey vm, String nic, String seenNetwork) {
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
          prepared =
              e.getValue() == null ? null : prepare(actions, vm, nic, seenNetwork, e.getValue());
          confirm.setEnabled(prepared != null);
          if (prepared != null) {
            kubernetes.add(TaskDetailsDialog.sections(this, prepared.call(), prepared.commands()));
          }
        });
    confirm.addClickListener(
        e -> {
          close();
          if (prepared != null) {
            actions.submit(this, prepared);
          }
        });
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
  }

  private static NicOperation prepare(
      NicActions actions, ResourceKey vm, String nic, String seenNetwork, PortGroup group) {
    return actions.operations.prepareReconnect(
        vm, nic, seenNetwork, group.networkNameFrom(vm.namespace()));
  }
}
