package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.provision.DiskLines;
import io.virtdeck.provision.NewVm;
import io.virtdeck.task.ui.FieldErrors;
import java.util.List;

/**
 * The New VM wizard's fields, one group per step, and the new VM they describe, exactly as typed;
 * each problem of the checks shows on its field through {@link FieldErrors}.
 */
final class NewVmFields {

  final TextField name = text("name", "prov.new.name");
  final Select<String> folder = select("folder", "prov.new.folder");
  final Checkbox typed = new Checkbox(t("prov.new.compute.typed"), true);
  final ComboBox<String> instanceType = new ComboBox<>(t("prov.new.instance-type"));
  final TextField cpus = text("cpus", "prov.new.cpus");
  final TextField memory = text("memory", "prov.new.memory");
  final Select<String> preference = select("preference", "prov.new.preference");
  final Select<NewVm.Source> source = select("source", "prov.new.source");
  final ComboBox<ResourceKey> bootImage = new ComboBox<>(t("prov.new.boot-image"));
  final Select<String> cloneDisk = select("clone-disk", "prov.new.clone-disk");
  final TextField image = text("image", "prov.new.image");
  final Select<String> datastore = select("datastore", "prov.new.datastore");
  final TextField size = text("size", "prov.new.size");
  final TextArea disks = new TextArea(t("prov.new.disks"));
  final CheckboxGroup<String> networks = new CheckboxGroup<>(t("prov.new.networks"));
  final TextField hostname = text("hostname", "prov.new.hostname");
  final TextField user = text("user", "prov.new.user");
  final PasswordField password = new PasswordField(t("prov.new.password"));
  final TextArea sshKeys = new TextArea(t("prov.new.ssh-keys"));
  final Checkbox powerOn = new Checkbox(t("prov.new.power-on"), true);
  final Div problems = new Div();

  /** Whether the new VM is a template (Clone to Template): never powered on. */
  boolean template;

  final FieldErrors errors;

  NewVmFields() {
    typed.setId("new-vm-typed");
    instanceType.setId("new-vm-instance-type");
    bootImage.setId("new-vm-boot-image");
    disks.setId("new-vm-disks");
    disks.setHelperText(t("prov.new.disks-help"));
    networks.setId("new-vm-networks");
    password.setId("new-vm-password");
    sshKeys.setId("new-vm-ssh-keys");
    powerOn.setId("new-vm-power-on");
    problems.setId("new-vm-problems");
    source.setItems(NewVm.Source.values());
    source.setItemLabelGenerator(s -> t("prov.new.source." + s.name().toLowerCase()));
    source.setValue(NewVm.Source.DATA_SOURCE);
    size.setHelperText(t("prov.new.size-help"));
    cpus.setValue("2");
    memory.setValue("4Gi");
    image.setValue("quay.io/containerdisks/fedora:41");
    errors =
        new FieldErrors(problems)
            .on("prov.new.invalid.name", name)
            .on("prov.new.invalid.folder", folder)
            .on("prov.new.invalid.instance-type", instanceType)
            .on("prov.new.invalid.cpus", cpus)
            .on("prov.new.invalid.memory", memory)
            .on("prov.new.invalid.preference", preference)
            .on("prov.new.invalid.cpus.preference", preference)
            .on("prov.new.invalid.memory.preference", preference)
            .on("prov.new.invalid.boot.source", bootImage)
            .on("prov.new.invalid.boot.not-ready", bootImage)
            .on("prov.new.invalid.boot.disk", cloneDisk)
            .on("prov.new.invalid.boot.image", image)
            .on("prov.new.invalid.boot.size", size)
            .on("prov.new.invalid.boot.datastore", datastore)
            .on("prov.new.invalid.disk", disks)
            .on("prov.new.invalid.network", networks)
            .on("prov.new.invalid.hostname", hostname)
            .on("prov.new.invalid.user", user)
            .on("prov.new.invalid.password", password)
            .on("prov.new.invalid.ssh-key", sshKeys);
  }

  /** Shows only the fields the chosen compute and boot source use. */
  void showChosen() {
    instanceType.setVisible(typed.getValue());
    cpus.setVisible(!typed.getValue());
    memory.setVisible(!typed.getValue());
    NewVm.Source chosen = source.getValue();
    bootImage.setVisible(chosen == NewVm.Source.DATA_SOURCE);
    cloneDisk.setVisible(chosen == NewVm.Source.CLONE_DISK);
    image.setVisible(chosen == NewVm.Source.CONTAINER_DISK);
    datastore.setVisible(chosen != NewVm.Source.CONTAINER_DISK);
    size.setVisible(chosen != NewVm.Source.CONTAINER_DISK);
  }

  List<Component> nameStep() {
    return List.of(name, folder);
  }

  List<Component> computeStep() {
    return List.of(typed, instanceType, cpus, memory, preference);
  }

  List<Component> storageStep() {
    return List.of(source, bootImage, cloneDisk, image, datastore, size, disks);
  }

  List<Component> networkStep() {
    return List.of(networks);
  }

  List<Component> customizeStep() {
    return List.of(hostname, user, password, sshKeys);
  }

  /** The new VM as typed. */
  NewVm vm() {
    NewVm.Source chosen = source.getValue();
    ResourceKey ref =
        switch (chosen) {
          case DATA_SOURCE ->
              bootImage.getValue() == null ? new ResourceKey("", "") : bootImage.getValue();
          case CLONE_DISK -> new ResourceKey(value(folder), value(cloneDisk));
          case CONTAINER_DISK, BLANK -> new ResourceKey("", "");
        };
    return new NewVm(
        name.getValue().strip(),
        value(folder),
        typed.getValue() ? value(instanceType) : "",
        cpus.getValue(),
        memory.getValue(),
        value(preference),
        new NewVm.BootDisk(chosen, ref, image.getValue(), value(datastore), size.getValue()),
        DiskLines.parse(disks.getValue()),
        List.copyOf(networks.getSelectedItems()),
        new NewVm.Guest(
            hostname.getValue(), user.getValue(), password.getValue(), sshKeys.getValue()),
        powerOn.getValue() && !template,
        template);
  }

  private static String value(com.vaadin.flow.component.HasValue<?, String> field) {
    return field.getValue() == null ? "" : field.getValue();
  }

  private static String t(String key) {
    return I18NProvider.translate(key);
  }

  private static TextField text(String id, String labelKey) {
    TextField field = new TextField(t(labelKey));
    field.setId("new-vm-" + id);
    return field;
  }

  private static <T> Select<T> select(String id, String labelKey) {
    Select<T> field = new Select<>();
    field.setLabel(t(labelKey));
    field.setId("new-vm-" + id);
    return field;
  }
}
