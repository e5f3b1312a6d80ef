package io.virtdeck.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.NewPortGroup;
import io.virtdeck.network.NumberInput;
import io.virtdeck.network.PortGroupOperation;
import io.virtdeck.network.PortGroupType;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.FieldErrors;
import io.virtdeck.task.ui.TaskDetailsDialog;
import io.virtdeck.ui.Notices;
import java.util.ArrayList;
import java.util.List;

/**
 * New port group: name, namespace, type (Linux bridge or OVN-Kubernetes localnet), bridge or
 * physical network, VLAN (empty: none) and MTU (empty: default), typed as text and refused on the
 * field with a sentence when they are not whole numbers in range (never changed into another
 * number); the NetworkAttachmentDefinition it creates is shown as YAML before creating, and the
 * input is checked first (including a name already taken).
 */
class NewPortGroupDialog extends Dialog {

  private final NetworkOperations operations;
  private final UserIdentity user;
  final TextField name = new TextField();
  final ComboBox<String> namespace = new ComboBox<>();
  private final Select<PortGroupType> type = new Select<>();
  private final TextField network = new TextField();
  final TextField vlan = new TextField();
  final TextField mtu = new TextField();
  private final Div problems = new Div();
  private final Div preview = new Div();
  private final FieldErrors errors;

  NewPortGroupDialog(NetworkOperations operations, UserIdentity user) {
    this.operations = operations;
    this.user = user;
    setId("new-port-group-dialog");
    setHeaderTitle(getTranslation("net.new.title"));
    setWidth("min(56rem, 95vw)");
    name.setId("new-pg-name");
    name.setLabel(getTranslation("net.new.name"));
    namespace.setId("new-pg-namespace");
    namespace.setLabel(getTranslation("net.new.namespace"));
    namespace.setItems(operations.portGroupNamespaces(user));
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
    preview.setId("new-pg-preview");
    add(new FormLayout(name, namespace, type, network, vlan, mtu), problems, preview);
    errors =
        new FieldErrors(problems)
            .on("net.invalid.name", name)
            .on("net.invalid.port-group-taken", name)
            .on("net.invalid.namespace", namespace)
            .on("net.invalid.network", network)
            .on("net.invalid.vlan", vlan)
            .on("net.invalid.mtu", mtu);
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
        NumberInput.vlan(vlan.getValue()).value(),
        NumberInput.mtu(mtu.getValue()).value());
  }

  /** Everything wrong with the input: numbers as typed, the fields, a name already taken. */
  private List<Message> found() {
    List<Message> found = new ArrayList<>();
    NumberInput.vlan(vlan.getValue()).problem().ifPresent(found::add);
    NumberInput.mtu(mtu.getValue()).problem().ifPresent(found::add);
    found.addAll(operations.checkPortGroup(group()));
    return found;
  }

  private void refresh() {
    errors.show(
        found().stream()
            .filter(
                m ->
                    m.key().startsWith("net.invalid.vlan") || m.key().startsWith("net.invalid.mtu"))
            .toList());
    PortGroupOperation operation = operations.prepareCreate(group());
    preview.removeAll();
    preview.add(TaskDetailsDialog.sections(this, operation.call(), operation.commands()));
  }

  void create() {
    NewPortGroup group = group();
    if (!errors.show(found())) {
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
