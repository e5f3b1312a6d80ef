package io.virtdeck.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.NewPortGroup;
import io.virtdeck.network.PortGroupOperation;
import io.virtdeck.network.PortGroupType;
import io.virtdeck.network.PortGroups;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.TaskDetailsDialog;
import io.virtdeck.ui.Notices;
import java.util.List;

/**
 * New port group: name, namespace, type (Linux bridge or OVN-Kubernetes localnet), bridge or
 * physical network, VLAN (empty: none) and MTU (empty: default); the NetworkAttachmentDefinition it
 * creates is shown as YAML before creating, and the input is checked first.
 */
class NewPortGroupDialog extends Dialog {

  private final NetworkOperations operations;
  private final UserIdentity user;
  private final TextField name = new TextField();
  private final ComboBox<String> namespace = new ComboBox<>();
  private final Select<PortGroupType> type = new Select<>();
  private final TextField network = new TextField();
  private final IntegerField vlan = new IntegerField();
  private final IntegerField mtu = new IntegerField();
  private final Div problems = new Div();
  private final Div preview = new Div();

  NewPortGroupDialog(PortGroups portGroups, NetworkOperations operations, UserIdentity user) {
    this.operations = operations;
    this.user = user;
    setId("new-port-group-dialog");
    setHeaderTitle(getTranslation("net.new.title"));
    setWidth("min(56rem, 95vw)");
    name.setId("new-pg-name");
    name.setLabel(getTranslation("net.new.name"));
    namespace.setId("new-pg-namespace");
    namespace.setLabel(getTranslation("net.new.namespace"));
    namespace.setItems(
        portGroups.namespaces().stream()
            .filter(ns -> operations.mayCreatePortGroup(user, ns))
            .toList());
    type.setId("new-pg-type");
    type.setLabel(getTranslation("net.new.type"));
    type.setItems(NewPortGroup.TYPES);
    type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
    type.setValue(PortGroupType.LINUX_BRIDGE);
    network.setId("new-pg-network");
    network.setLabel(getTranslation("net.new.network"));
    network.setValue("br1");
    vlan.setId("new-pg-vlan");
    vlan.setLabel(getTranslation("net.new.vlan"));
    vlan.setPlaceholder(getTranslation("net.summary.no-vlan"));
    mtu.setId("new-pg-mtu");
    mtu.setLabel(getTranslation("net.new.mtu"));
    mtu.setPlaceholder(getTranslation("net.summary.default"));
    problems.setId("new-pg-problems");
    problems.addClassName("form-problems");
    preview.setId("new-pg-preview");
    add(new FormLayout(name, namespace, type, network, vlan, mtu), problems, preview);
    name.addValueChangeListener(e -> refresh());
    namespace.addValueChangeListener(e -> refresh());
    type.addValueChangeListener(e -> refresh());
    network.addValueChangeListener(e -> refresh());
    vlan.addValueChangeListener(e -> refresh());
    mtu.addValueChangeListener(e -> refresh());
    Button create = new Button(getTranslation("net.new.create"), e -> create());
    create.setId("new-pg-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), create);
    refresh();
  }

  private NewPortGroup group() {
    return new NewPortGroup(
        name.getValue().trim(),
        namespace.getValue() == null ? "" : namespace.getValue(),
        type.getValue() == null ? PortGroupType.LINUX_BRIDGE : type.getValue(),
        network.getValue().trim(),
        vlan.getValue() == null ? 0 : vlan.getValue(),
        mtu.getValue() == null ? 0 : mtu.getValue());
  }

  private void refresh() {
    PortGroupOperation operation = operations.prepareCreate(group());
    preview.removeAll();
    preview.add(TaskDetailsDialog.sections(this, operation.call(), operation.commands()));
  }

  private void create() {
    NewPortGroup group = group();
    List<Message> found = group.problems();
    problems.removeAll();
    if (vlan.isInvalid() || mtu.isInvalid()) {
      problems.add(new Paragraph(getTranslation("net.invalid.number")));
      return;
    }
    if (!found.isEmpty()) {
      found.forEach(m -> problems.add(new Paragraph(getTranslation(m.key(), m.args().toArray()))));
      return;
    }
    close();
    PortGroupOperation operation = operations.prepareCreate(group);
    operations.run(user, operation);
    Notices.show(
            getTranslation("net.queued", getTranslation(operation.titleKey()), operation.target()))
        .addThemeVariants(NotificationVariant.LUMO_PRIMARY);
  }
}
