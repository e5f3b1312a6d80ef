package io.virtdeck.provision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.provision.CreationResult;
import io.virtdeck.provision.DiskLines;
import io.virtdeck.provision.NewVm;
import io.virtdeck.provision.NewVmChecks;
import io.virtdeck.provision.NewVmChecks.Step;
import io.virtdeck.provision.NewVmPrefill;
import io.virtdeck.provision.VmCreation;
import io.virtdeck.provision.VmCreationPlan;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The New Virtual Machine wizard, in vSphere's steps (listed on the left): name and folder,
 * compute, storage, networks, guest customization, ready to complete. Next checks the step's input
 * and shows each problem on its field; Finish asks Kubernetes whether the user may create every
 * object first, then creates them as the user, one task each, and says exactly what exists when a
 * step fails, offering to delete it.
 */
class NewVmWizard extends Dialog {

  private final VmCreation creation;
  private final UserIdentity user;
  private final NewVmFields fields = new NewVmFields();
  private final NewVmCatalogBinding binding;
  private final Div steps = new Div();
  private final Div page = new Div();
  private final Div outcome = new Div();
  private final Button back = new Button(getTranslation("prov.new.back"));
  private final Button next = new Button(getTranslation("prov.new.next"));
  private final Button finish = new Button(getTranslation("prov.new.finish"));
  private int current;

  NewVmWizard(VmCreation creation, UserIdentity user, List<String> folders, String folder) {
    this.creation = creation;
    this.user = user;
    this.binding = new NewVmCatalogBinding(creation, user, fields);
    setId("new-vm");
    setHeaderTitle(getTranslation("prov.new.title"));
    setWidth("min(64rem, 95vw)");
    steps.addClassName("wizard-steps");
    steps.setId("new-vm-steps");
    steps.getStyle().set("display", "flex").set("flex-direction", "column");
    steps.getStyle().set("gap", "var(--lumo-space-s)").set("width", "15rem").set("flex", "none");
    page.addClassName("wizard-page");
    outcome.setId("new-vm-outcome");
    HorizontalLayout body = new HorizontalLayout(steps, page);
    body.setFlexGrow(1, page);
    body.setWidthFull();
    add(body, fields.problems, outcome);
    back.addClickListener(e -> go(current - 1));
    next.addClickListener(e -> next());
    finish.addClickListener(e -> finish());
    back.setId("new-vm-back");
    next.setId("new-vm-next");
    finish.setId("new-vm-finish");
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
    cancel.setId("new-vm-cancel");
    getFooter().add(cancel, back, next, finish);
    fields.folder.setItems(folders);
    fields.folder.addValueChangeListener(e -> binding.load(e.getValue()));
    fields.folder.setValue(folders.contains(folder) ? folder : folders.getFirst());
    fields.typed.addValueChangeListener(e -> fields.showChosen());
    fields.source.addValueChangeListener(e -> fields.showChosen());
    fields.showChosen();
    // the YAML on the last step follows the choice (runStrategy Always or Halted)
    fields.powerOn.addValueChangeListener(e -> go(current));
    go(0);
  }

  /** Fills the wizard from a template (the title names it), on its first step. */
  NewVmWizard prefilled(NewVmPrefill prefill, String titleKey) {
    setHeaderTitle(getTranslation(titleKey, prefill.sourceName()));
    NewVmPrefillFields.apply(fields, binding, prefill);
    go(0);
    return this;
  }

  private void go(int index) {
    current = Math.max(0, Math.min(index, Step.values().length - 1));
    steps.removeAll();
    for (Step s : Step.values()) {
      Span item = new Span((s.ordinal() + 1) + " " + getTranslation(stepKey(s)));
      item.addClassName("wizard-step");
      item.setId("new-vm-step-" + s.name().toLowerCase(Locale.ROOT));
      item.getStyle().set("padding-left", "var(--lumo-space-s)");
      if (s.ordinal() == current) {
        item.getElement().setAttribute("aria-current", "step");
        item.getStyle().set("font-weight", "600").set("color", "var(--lumo-primary-text-color)");
        item.getStyle().set("border-left", "3px solid var(--lumo-primary-color)");
      }
      steps.add(item);
    }
    page.removeAll();
    Step step = Step.values()[current];
    FormLayout form = new FormLayout();
    form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    switch (step) {
      case NAME -> fields.nameStep().forEach(form::add);
      case COMPUTE -> fields.computeStep().forEach(form::add);
      case STORAGE -> fields.storageStep().forEach(form::add);
      case NETWORK -> fields.networkStep().forEach(form::add);
      case CUSTOMIZE -> {
        fields.customizeStep().forEach(form::add);
        form.add(note("prov.new.guest-note", fields.vm().cloudInitSecret()));
      }
      case READY -> form.add(ready());
    }
    page.add(form);
    back.setEnabled(current > 0);
    next.setVisible(step != Step.READY);
    finish.setVisible(step == Step.READY);
  }

  private Component ready() {
    NewVm vm = fields.vm();
    VmCreationPlan plan = new VmCreationPlan(vm, binding.catalog());
    Div ready = new Div();
    ready.setId("new-vm-summary");
    NewVmSummary.lines(vm, plan).forEach(m -> ready.add(note(m.key(), m.args().toArray())));
    ready.add(fields.powerOn);
    ready.add(NewVmSummary.kubernetes(this, plan));
    return ready;
  }

  private List<Message> problems(Step step) {
    NewVm vm = fields.vm();
    List<Message> found = new ArrayList<>(NewVmChecks.step(step, vm, binding.context()));
    if (step == Step.STORAGE) {
      found.addAll(DiskLines.problems(fields.disks.getValue()));
    }
    return found;
  }

  private void next() {
    if (fields.errors.show(problems(Step.values()[current]))) {
      go(current + 1);
    }
  }

  private void finish() {
    for (Step step : Step.values()) {
      if (!fields.errors.show(problems(step))) {
        go(step.ordinal());
        return;
      }
    }
    NewVm vm = fields.vm();
    List<Message> refused = creation.refusals(user, vm);
    if (!fields.errors.show(refused)) {
      return;
    }
    finish.setEnabled(false);
    back.setEnabled(false);
    outcome.removeAll();
    outcome.add(note("prov.new.creating", vm.name()));
    UI ui = UI.getCurrent();
    creation.create(user, vm, binding.catalog(), result -> ui.access(() -> done(vm, result)));
  }

  private void done(NewVm vm, CreationResult result) {
    outcome.removeAll();
    Message failure = result.failure();
    if (failure == null) {
      ProvisionNotices.show(this, "prov.new.created", vm.name());
      close();
      return;
    }
    outcome.add(
        note(
            "prov.new.failed", vm.name(), getTranslation(failure.key(), failure.args().toArray())));
    if (result.created().isEmpty()) {
      outcome.add(note("prov.new.failed.nothing"));
      finish.setEnabled(true);
      back.setEnabled(true);
      return;
    }
    outcome.add(note("prov.new.failed.exists", NewVmSummary.created(result)));
    Button delete =
        new Button(
            getTranslation("prov.new.delete-leftovers"),
            e -> {
              creation.deleteLeftovers(user, result);
              ProvisionNotices.show(this, "prov.new.leftovers-deleted");
              close();
            });
    delete.setId("new-vm-delete-leftovers");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    outcome.add(delete);
  }

  private Paragraph note(String key, Object... args) {
    Paragraph note = new Paragraph(getTranslation(key, args));
    note.addClassName("form-note");
    return note;
  }

  private static String stepKey(Step step) {
    return "prov.new.step." + step.name().toLowerCase(Locale.ROOT);
  }
}
