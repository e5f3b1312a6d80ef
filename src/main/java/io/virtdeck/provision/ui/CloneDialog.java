package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.CloneForm;
import io.virtdeck.provision.CloneOperation;
import io.virtdeck.provision.CloneSource;
import io.virtdeck.provision.VmCloning;
import io.virtdeck.task.ui.FieldErrors;
import io.virtdeck.task.ui.TaskDetailsDialog;

/**
 * Clone… of a VM or a snapshot: the new VM's name (its folder is the source's), new MAC addresses
 * and SMBIOS serial (on by default, as KubeVirt makes new ones), label and annotation filters, and
 * the VirtualMachineClone with its kubectl commands while typing. Problems show on their fields
 * before anything is sent; the clone is sent as the user and followed in Recent Tasks.
 */
class CloneDialog extends Dialog {

  private final VmCloning cloning;
  private final CloneSource source;
  private final UserIdentity user;
  private final TextField name = new TextField();
  private final Checkbox newMacs = new Checkbox();
  private final Checkbox newSerial = new Checkbox();
  private final TextArea labels = new TextArea();
  private final TextArea annotations = new TextArea();
  private final Div problems = new Div();
  private final Details kubernetes = new Details();
  private final FieldErrors errors;
  private final boolean asTemplate;

  /**
   * @param asTemplate Clone to Template: the new VM is labelled a template and kept halted by the
   *     clone's patches; it keeps every tag of the source (no label filters)
   */
  CloneDialog(VmCloning cloning, CloneSource source, UserIdentity user, boolean asTemplate) {
    this.cloning = cloning;
    this.source = source;
    this.user = user;
    this.asTemplate = asTemplate;
    setId("clone-dialog");
    setHeaderTitle(
        source.snapshot()
            ? getTranslation("prov.clone.title.snapshot", source.key().name(), source.vm().name())
            : getTranslation(
                asTemplate ? "prov.clone.title.template" : "prov.clone.title",
                source.key().name()));
    setWidth("min(48rem, 95vw)");
    CloneForm defaults =
        asTemplate ? CloneForm.templateDefaults(source) : CloneForm.defaults(source);
    name.setId("clone-name");
    name.setLabel(getTranslation("prov.clone.name"));
    name.setValue(defaults.target());
    TextField folder = new TextField(getTranslation("prov.clone.folder"));
    folder.setId("clone-folder");
    folder.setValue(source.key().namespace());
    folder.setReadOnly(true);
    folder.setHelperText(getTranslation("prov.clone.folder.help"));
    checkbox(newMacs, "clone-new-macs", "prov.clone.new-macs");
    newMacs.setHelperText(
        source.macs().isEmpty()
            ? getTranslation("prov.clone.new-macs.none")
            : getTranslation(
                "prov.clone.new-macs.help", String.join(", ", source.macs().values())));
    newMacs.setEnabled(!source.macs().isEmpty());
    checkbox(newSerial, "clone-new-serial", "prov.clone.new-serial");
    newSerial.setHelperText(
        source.serial().isEmpty()
            ? getTranslation("prov.clone.new-serial.none")
            : getTranslation("prov.clone.new-serial.help", source.serial()));
    newSerial.setEnabled(!source.serial().isEmpty());
    area(labels, "clone-labels", "prov.clone.labels");
    labels.setVisible(!asTemplate);
    area(annotations, "clone-annotations", "prov.clone.annotations");
    FormLayout form = new FormLayout(name, folder, newMacs, newSerial, labels, annotations);
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
    problems.setId("clone-problems");
    kubernetes.setSummaryText(getTranslation("teach.show"));
    kubernetes.setId("clone-show-kubernetes");
    add(
        new Paragraph(getTranslation(asTemplate ? "prov.clone.text.template" : "prov.clone.text")),
        form,
        problems,
        kubernetes);
    errors =
        new FieldErrors(problems)
            .on("prov.new.invalid.name", name)
            .on("prov.clone.invalid.labels", labels)
            .on("prov.clone.invalid.annotations", annotations);
    name.addValueChangeListener(e -> refresh());
    newMacs.addValueChangeListener(e -> refresh());
    newSerial.addValueChangeListener(e -> refresh());
    labels.addValueChangeListener(e -> refresh());
    annotations.addValueChangeListener(e -> refresh());
    Button confirm =
        new Button(
            getTranslation(asTemplate ? "prov.clone.confirm.template" : "prov.clone.confirm"),
            e -> confirm());
    confirm.setId("clone-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
    cancel.setId("clone-cancel");
    getFooter().add(cancel, confirm);
    refresh();
  }

  /**
   * Opens the dialog for the VM as the user sees it ({@code asTemplate}: Clone to Template), or
   * says that it is gone.
   */
  static void openFor(
      Component owner, VmCloning cloning, UserIdentity user, ResourceKey vm, boolean asTemplate) {
    cloning
        .vm(user, vm)
        .ifPresentOrElse(
            source -> new CloneDialog(cloning, source, user, asTemplate).open(),
            () -> ProvisionNotices.show(owner, "prov.clone.gone", vm.toString()));
  }

  private CloneForm form() {
    return new CloneForm(
        name.getValue(),
        newMacs.getValue(),
        newSerial.getValue(),
        labels.getValue(),
        annotations.getValue(),
        asTemplate);
  }

  private void refresh() {
    CloneForm form = form();
    kubernetes.removeAll();
    if (errors.show(cloning.problems(source, form))) {
      CloneOperation operation = cloning.prepare(source, form);
      kubernetes.add(TaskDetailsDialog.sections(this, operation.call(), operation.commands()));
    }
  }

  private void confirm() {
    CloneForm form = form();
    if (!errors.show(cloning.problems(source, form))) {
      return;
    }
    CloneOperation operation = cloning.prepare(source, form);
    close();
    cloning.clone(user, operation);
    ProvisionNotices.queued(this, operation);
  }

  private void checkbox(Checkbox box, String id, String labelKey) {
    box.setId(id);
    box.setLabel(getTranslation(labelKey));
    box.setValue(true);
  }

  private void area(TextArea area, String id, String labelKey) {
    area.setId(id);
    area.setLabel(getTranslation(labelKey));
    area.setHelperText(getTranslation("prov.clone.filters.help"));
    area.setMinHeight("5em");
  }
}
