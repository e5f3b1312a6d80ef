package io.virtdeck.provision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.CurrentSettings;
import io.virtdeck.provision.SettingsChecks;
import io.virtdeck.provision.SettingsForm;
import io.virtdeck.provision.VmEditing;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.FieldErrors;
import io.virtdeck.task.ui.TaskDetailsDialog;
import java.util.List;

/**
 * Edit Settings of a VM, as vSphere's dialog: Virtual Hardware (CPU sockets, cores, threads,
 * memory) and VM Options (run strategy, description, tags, custom attributes). Problems show on
 * their fields before anything is sent; what the change will do (hot-plug, next restart, power off)
 * and the exact JSON patch are shown while typing.
 */
class EditSettingsDialog extends Dialog {

  private final VmEditing editing;
  private final ResourceKey vm;
  private final UserIdentity user;
  private final CurrentSettings current;
  private final TextField sockets = field("edit-sockets", "prov.settings.sockets");
  private final TextField cores = field("edit-cores", "prov.settings.cores");
  private final TextField threads = field("edit-threads", "prov.settings.threads");
  private final TextField memory = field("edit-memory", "prov.settings.memory");
  private final Select<String> runStrategy = new Select<>();
  private final TextArea description = new TextArea();
  private final TextArea labels = new TextArea();
  private final TextArea annotations = new TextArea();
  private final Div effects = new Div();
  private final Div problems = new Div();
  private final Details kubernetes = new Details();
  private final FieldErrors errors;

  EditSettingsDialog(
      VmEditing editing, ResourceKey vm, UserIdentity user, CurrentSettings current) {
    this.editing = editing;
    this.vm = vm;
    this.user = user;
    this.current = current;
    setId("edit-settings");
    setHeaderTitle(getTranslation("prov.settings.title", vm.name()));
    setWidth("min(56rem, 95vw)");
    memory.setHelperText(getTranslation("prov.settings.memory-help"));
    runStrategy.setId("edit-run-strategy");
    runStrategy.setLabel(getTranslation("prov.settings.run-strategy"));
    runStrategy.setItems(SettingsChecks.RUN_STRATEGIES);
    area(description, "edit-description", "prov.settings.description");
    area(labels, "edit-labels", "prov.settings.labels");
    area(annotations, "edit-annotations", "prov.settings.annotations");
    fill(SettingsForm.of(current.settings()));
    FormLayout hardware = new FormLayout(sockets, cores, threads, memory);
    hardware.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 4));
    add(new H4(getTranslation("prov.settings.hardware")), hardware);
    hardwareNotes().forEach(this::add);
    FormLayout options = new FormLayout(runStrategy, description, labels, annotations);
    options.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
    add(new H4(getTranslation("prov.settings.options")), options);
    effects.setId("edit-effects");
    problems.setId("edit-problems");
    kubernetes.setSummaryText(getTranslation("teach.show"));
    kubernetes.setId("edit-show-kubernetes");
    add(effects, problems, kubernetes);
    errors =
        new FieldErrors(problems)
            .on("prov.settings.invalid.sockets", sockets)
            .on("prov.settings.invalid.cores", cores)
            .on("prov.settings.invalid.threads", threads)
            .on("prov.settings.invalid.memory", memory)
            .on("prov.settings.invalid.run-strategy", runStrategy)
            .on("prov.settings.invalid.labels", labels)
            .on("prov.settings.invalid.annotations", annotations);
    List.of(sockets, cores, threads, memory).forEach(f -> f.addValueChangeListener(e -> refresh()));
    List.of(description, labels, annotations)
        .forEach(f -> f.addValueChangeListener(e -> refresh()));
    runStrategy.addValueChangeListener(e -> refresh());
    Button confirm = new Button(getTranslation("prov.settings.confirm"), e -> confirm());
    confirm.setId("edit-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
    cancel.setId("edit-cancel");
    getFooter().add(cancel, confirm);
    refresh();
  }

  private List<Paragraph> hardwareNotes() {
    var shape = current.shape();
    if (shape.typed()) {
      List.of(sockets, cores, threads, memory).forEach(f -> f.setReadOnly(true));
      return List.of(note("prov.settings.typed", shape.instanceType()));
    }
    List<Paragraph> notes = new java.util.ArrayList<>();
    if (shape.maxSockets() != null) {
      notes.add(note("prov.settings.max-sockets", String.valueOf(shape.maxSockets())));
    }
    if (shape.maxGuest() != null) {
      notes.add(note("prov.settings.max-guest", shape.maxGuest()));
    }
    return notes;
  }

  private Paragraph note(String key, @org.jspecify.annotations.Nullable String arg) {
    Paragraph note = new Paragraph(getTranslation(key, arg));
    note.addClassName("form-note");
    return note;
  }

  private void fill(SettingsForm form) {
    sockets.setValue(form.sockets());
    cores.setValue(form.cores());
    threads.setValue(form.threads());
    memory.setValue(form.memory());
    if (!form.runStrategy().isEmpty()) {
      runStrategy.setValue(form.runStrategy());
    }
    description.setValue(form.description());
    labels.setValue(form.labels());
    annotations.setValue(form.annotations());
  }

  private SettingsForm form() {
    return new SettingsForm(
        sockets.getValue(),
        cores.getValue(),
        threads.getValue(),
        memory.getValue(),
        runStrategy.getValue() == null ? "" : runStrategy.getValue(),
        description.getValue(),
        labels.getValue(),
        annotations.getValue());
  }

  private void refresh() {
    SettingsForm form = form();
    effects.removeAll();
    kubernetes.removeAll();
    errors.show(editing.problems(current, form));
    editing
        .prepare(vm, current, form)
        .ifPresent(
            operation -> {
              for (Message effect : operation.effects()) {
                effects.add(new Paragraph(getTranslation(effect.key(), effect.args().toArray())));
              }
              kubernetes.add(
                  TaskDetailsDialog.sections(this, operation.call(), operation.commands()));
            });
  }

  private void confirm() {
    SettingsForm form = form();
    if (!errors.show(editing.problems(current, form))) {
      return;
    }
    var operation = editing.prepare(vm, current, form);
    close();
    if (operation.isEmpty()) {
      ProvisionNotices.show(this, "prov.settings.unchanged");
      return;
    }
    editing.run(user, operation.get());
    ProvisionNotices.queued(this, operation.get());
  }

  private TextField field(String id, String labelKey) {
    TextField field = new TextField(getTranslation(labelKey));
    field.setId(id);
    return field;
  }

  private void area(TextArea area, String id, String labelKey) {
    area.setId(id);
    area.setLabel(getTranslation(labelKey));
    area.setMinHeight("6em");
  }
}
