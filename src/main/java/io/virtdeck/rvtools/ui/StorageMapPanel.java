package io.virtdeck.rvtools.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.virtdeck.rvtools.plan.MigrationPlan;
import io.virtdeck.rvtools.plan.StorageMapping;
import io.virtdeck.rvtools.plan.StorageRule;
import io.virtdeck.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The storage map: each datastore's disks go to a StorageClass by rules the user edits ("name
 * contains … → class", first match wins, else the default class), with the capacity they need
 * against what the class has free here.
 */
class StorageMapPanel extends VerticalLayout {

  /** The rules as the user set them. */
  record Rules(List<StorageRule> rules, String defaultClass) {}

  private final List<String> classes;
  private final Consumer<Rules> changed;
  private final Select<String> defaultClass = new Select<>();
  private final Div ruleRows = new Div();
  private final List<HorizontalLayout> rows = new ArrayList<>();
  private final Grid<StorageMapping> grid = new Grid<>();

  StorageMapPanel(List<String> classes, Consumer<Rules> changed) {
    this.classes = classes;
    this.changed = changed;
    setPadding(false);
    setSizeFull();
    defaultClass.setId("plan-default-class");
    defaultClass.setLabel(getTranslation("rvtools.storage.default"));
    defaultClass.setItems(classes);
    if (!classes.isEmpty()) {
      defaultClass.setValue(classes.getFirst());
    }
    defaultClass.addValueChangeListener(e -> fire());
    ruleRows.setId("plan-storage-rules");
    Button add =
        new Button(
            getTranslation("rvtools.storage.add-rule"),
            VaadinIcon.PLUS.create(),
            e -> addRule("", classes.isEmpty() ? "" : classes.getFirst()));
    add.setId("plan-add-rule");
    add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    grid.setId("plan-storage");
    grid.addColumn(StorageMapping::datastore)
        .setHeader(getTranslation("rvtools.plan.col.datastore"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(StorageMapping::vms)
        .setHeader(getTranslation("rvtools.plan.col.vms"))
        .setWidth("5rem")
        .setFlexGrow(0);
    grid.addColumn(s -> Formats.bytes(s.neededMib() << 20))
        .setHeader(getTranslation("rvtools.plan.col.needed"))
        .setWidth("8rem")
        .setFlexGrow(0);
    grid.addColumn(StorageMapping::storageClass)
        .setHeader(getTranslation("rvtools.plan.col.storage-class"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(this::fit)
        .setHeader(getTranslation("rvtools.plan.col.class-free"))
        .setFlexGrow(1);
    grid.setSizeFull();
    add(new Div(getTranslation("rvtools.storage.intro")), defaultClass, ruleRows, add, grid);
  }

  private String fit(StorageMapping s) {
    if (s.classFreeMib() < 0) {
      return getTranslation(
          "rvtools.storage.free-unknown", Formats.bytes(s.classNeededMib() << 20));
    }
    return getTranslation(
        s.fits() ? "rvtools.storage.fits" : "rvtools.storage.too-small",
        Formats.bytes(s.classNeededMib() << 20),
        Formats.bytes(s.classFreeMib() << 20));
  }

  private void addRule(String contains, String storageClass) {
    TextField text = new TextField();
    text.setPlaceholder(getTranslation("rvtools.storage.contains"));
    text.setValue(contains);
    text.setValueChangeMode(ValueChangeMode.LAZY);
    text.addValueChangeListener(e -> fire());
    text.addClassName("rule-contains");
    Select<String> target = new Select<>();
    target.setItems(classes);
    target.setValue(storageClass);
    target.addValueChangeListener(e -> fire());
    target.addClassName("rule-class");
    HorizontalLayout row = new HorizontalLayout();
    Button remove =
        new Button(
            VaadinIcon.CLOSE_SMALL.create(),
            e -> {
              rows.remove(row);
              ruleRows.remove(row);
              fire();
            });
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    remove.setAriaLabel(getTranslation("rvtools.storage.remove-rule"));
    row.add(text, new Div("→"), target, remove);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    rows.add(row);
    ruleRows.add(row);
  }

  @SuppressWarnings("unchecked")
  private void fire() {
    List<StorageRule> rules = new ArrayList<>();
    for (HorizontalLayout row : rows) {
      TextField text = (TextField) row.getComponentAt(0);
      Select<String> target = (Select<String>) row.getComponentAt(2);
      if (target.getValue() != null) {
        rules.add(new StorageRule(text.getValue(), target.getValue()));
      }
    }
    changed.accept(
        new Rules(rules, defaultClass.getValue() == null ? "" : defaultClass.getValue()));
  }

  void show(MigrationPlan plan) {
    grid.setItems(plan.storage());
  }
}
