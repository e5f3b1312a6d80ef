package io.virtdeck.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.network.NewNic;
import io.virtdeck.network.NicOperation;
import io.virtdeck.network.PortGroup;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.FieldErrors;
import io.virtdeck.task.ui.TaskDetailsDialog;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Add a network adapter ("Connect to port group…", or the confirmation of a drop): port group,
 * name, model and MAC, what will happen (hot-plug, pending restart or at the next start), the
 * problems with the input on their fields, and the Kubernetes operation it sends.
 */
class AddNicDialog extends Dialog {

  private final NicActions actions;
  private final ResourceKey vm;
  final ComboBox<PortGroup> portGroup = new ComboBox<>();
  final TextField name = new TextField();
  private final Select<String> model = new Select<>();
  final TextField mac = new TextField();
  private final Paragraph effect = new Paragraph();
  final Div problems = new Div();
  private final Details kubernetes = new Details();
  private final FieldErrors errors;

  AddNicDialog(NicActions actions, ResourceKey vm, @Nullable PortGroup group) {
    this.actions = actions;
    this.vm = vm;
    setId("add-nic");
    setHeaderTitle(getTranslation("net.add.title", vm.name()));
    setWidth("min(48rem, 95vw)");
    portGroup.setId("add-nic-port-group");
    portGroup.setLabel(getTranslation("net.add.port-group"));
    portGroup.setItems(actions.usableBy(vm));
    portGroup.setItemLabelGenerator(g -> g.networkNameFrom(vm.namespace()));
    portGroup.setWidthFull();
    if (group != null) {
      portGroup.setValue(group);
    }
    name.setId("add-nic-name");
    name.setLabel(getTranslation("net.add.name"));
    name.setValue(actions.operations.suggestedNicName(vm));
    model.setId("add-nic-model");
    model.setLabel(getTranslation("net.add.model"));
    model.setItems(NewNic.MODELS);
    model.setValue("virtio");
    mac.setId("add-nic-mac");
    mac.setLabel(getTranslation("net.add.mac"));
    mac.setPlaceholder(getTranslation("net.add.mac-auto"));
    effect.setId("add-nic-effect");
    problems.setId("add-nic-problems");
    errors =
        new FieldErrors(problems)
            .on("net.invalid.port-group", portGroup)
            .on("net.invalid.name", name)
            .on("net.invalid.nic-duplicate", name)
            .on("net.invalid.model", model)
            .on("net.invalid.mac", mac);
    kubernetes.setSummaryText(getTranslation("teach.show"));
    kubernetes.setId("add-nic-show-kubernetes");
    FormLayout form = new FormLayout(portGroup, name, model, mac);
    add(form, effect, problems, kubernetes);
    portGroup.addValueChangeListener(e -> refresh());
    name.addValueChangeListener(e -> refresh());
    model.addValueChangeListener(e -> refresh());
    mac.addValueChangeListener(e -> refresh());
    Button confirm = new Button(getTranslation("net.add.confirm"), e -> confirm());
    confirm.setId("add-nic-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), confirm);
    refresh();
  }

  private NewNic nic() {
    PortGroup group = portGroup.getValue();
    return new NewNic(
        name.getValue().trim(),
        group == null ? "" : group.networkNameFrom(vm.namespace()),
        model.getValue() == null ? "virtio" : model.getValue(),
        mac.getValue().trim());
  }

  private void refresh() {
    NewNic nic = nic();
    boolean running = actions.portGroups.running(vm);
    if (!running) {
      effect.setText(getTranslation("net.add.effect.off", vm.name(), nic.model()));
    } else if (nic.hotPluggable()) {
      effect.setText(getTranslation("net.add.effect.live", vm.name(), nic.model()));
    } else {
      effect.setText(getTranslation("net.add.effect.restart", vm.name(), nic.model()));
    }
    kubernetes.removeAll();
    if (!nic.networkName().isEmpty()) {
      NicOperation operation = actions.operations.prepareAdd(vm, nic);
      kubernetes.add(TaskDetailsDialog.sections(this, operation.call(), operation.commands()));
    }
  }

  void confirm() {
    NewNic nic = nic();
    List<Message> found = new java.util.ArrayList<>(actions.operations.checkNic(vm, nic));
    if (nic.networkName().isEmpty()) {
      found.add(0, Message.of("net.invalid.port-group-empty"));
    }
    if (!errors.show(found)) {
      return;
    }
    close();
    actions.submit(this, actions.operations.prepareAdd(vm, nic));
  }
}
