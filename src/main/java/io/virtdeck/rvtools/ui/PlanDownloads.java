package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.virtdeck.rvtools.plan.ForkliftManifests;
import io.virtdeck.rvtools.plan.ForkliftSettings;
import io.virtdeck.rvtools.plan.MigrationPlan;
import io.virtdeck.rvtools.plan.PlanWorkbook;
import io.virtdeck.task.ui.FieldErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The plan's downloads: the plan as a workbook, and draft Forklift NetworkMap, StorageMap and Plan
 * as YAML (shown here too) with where Forklift runs and where the VMs land. Nothing is applied.
 */
class PlanDownloads extends VerticalLayout {

  private final Supplier<@Nullable MigrationPlan> plan;
  private final TextField forkliftNamespace = new TextField();
  private final TextField sourceProvider = new TextField();
  private final ComboBox<String> targetNamespace = new ComboBox<>();
  private final TextField planName = new TextField();
  private final Pre yaml = new Pre();
  private final Div problems = new Div();
  private final FieldErrors errors =
      new FieldErrors(problems)
          .on("rvtools.forklift.namespace.", forkliftNamespace)
          .on("rvtools.forklift.provider.", sourceProvider)
          .on("rvtools.forklift.target.", targetNamespace)
          .on("rvtools.forklift.name.", planName);
  private final Anchor workbookLink;
  private final Anchor forkliftLink;
  private volatile ForkliftSettings settings;

  PlanDownloads(Supplier<@Nullable MigrationPlan> plan, List<String> namespaces) {
    this.plan = plan;
    setPadding(false);
    settings = ForkliftSettings.defaults(namespaces.isEmpty() ? "default" : namespaces.getFirst());
    field(
        forkliftNamespace,
        "plan-forklift-namespace",
        "rvtools.forklift.namespace",
        settings.namespace());
    field(
        sourceProvider,
        "plan-forklift-provider",
        "rvtools.forklift.provider",
        settings.sourceProvider());
    field(planName, "plan-forklift-name", "rvtools.forklift.name", settings.planName());
    targetNamespace.setId("plan-forklift-target");
    targetNamespace.setLabel(getTranslation("rvtools.forklift.target"));
    targetNamespace.setItems(namespaces);
    targetNamespace.setAllowCustomValue(true);
    targetNamespace.addCustomValueSetListener(e -> targetNamespace.setValue(e.getDetail()));
    targetNamespace.setValue(settings.targetNamespace());
    targetNamespace.addValueChangeListener(e -> update());
    workbookLink =
        download(
            this::workbook,
            "plan-download-workbook",
            "rvtools.plan.download.workbook",
            VaadinIcon.FILE_TABLE);
    forkliftLink =
        download(
            this::forklift,
            "plan-download-forklift",
            "rvtools.plan.download.forklift",
            VaadinIcon.FILE_CODE);
    yaml.setId("plan-forklift-yaml");
    yaml.addClassName("yaml");
    add(
        new FormLayout(forkliftNamespace, sourceProvider, targetNamespace, planName),
        problems,
        new HorizontalLayout(workbookLink, forkliftLink),
        yaml);
  }

  private void field(TextField field, String id, String labelKey, String value) {
    field.setId(id);
    field.setLabel(getTranslation(labelKey));
    field.setValue(value);
    field.setValueChangeMode(ValueChangeMode.LAZY);
    field.addValueChangeListener(e -> update());
  }

  private Anchor download(DownloadHandler handler, String id, String key, VaadinIcon icon) {
    Button button = new Button(getTranslation(key), icon.create());
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
    anchor.add(button);
    anchor.setId(id);
    return anchor;
  }

  private void update() {
    String target = targetNamespace.getValue() == null ? "" : targetNamespace.getValue().strip();
    settings =
        new ForkliftSettings(
            forkliftNamespace.getValue().strip(),
            sourceProvider.getValue().strip(),
            "host",
            target,
            planName.getValue().strip());
    boolean valid = errors.show(settings.problems());
    workbookLink.setEnabled(valid);
    forkliftLink.setEnabled(valid);
    MigrationPlan current = plan.get();
    yaml.setText(current == null || !valid ? "" : ForkliftManifests.yaml(current, settings));
  }

  void show(MigrationPlan next) {
    update();
  }

  /** Runs on the download request's thread: the plan and settings are read, not the fields. */
  private void workbook(DownloadEvent event) throws IOException {
    MigrationPlan current = plan.get();
    if (current == null || !settings.problems().isEmpty()) {
      return;
    }
    Locale locale = event.getUI().getLocale();
    event.setFileName(settings.planName() + ".xlsx");
    event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    PlanWorkbook.write(
        current, (key, args) -> I18NProvider.translate(locale, key, args), event.getOutputStream());
  }

  private void forklift(DownloadEvent event) throws IOException {
    MigrationPlan current = plan.get();
    if (current == null || !settings.problems().isEmpty()) {
      return;
    }
    event.setFileName(settings.planName() + "-forklift.yaml");
    event.setContentType("application/yaml");
    event
        .getOutputStream()
        .write(ForkliftManifests.yaml(current, settings).getBytes(StandardCharsets.UTF_8));
  }
}
