package io.virtdeck.alarm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.virtdeck.alarm.Alarm;
import io.virtdeck.alarm.AlarmTarget;
import io.virtdeck.alarm.Alarms;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.perf.PerfProblem;
import io.virtdeck.ui.LiveUpdates;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The alarms on one object (for a folder or the datacenter, also those of what it holds) that the
 * user sees, live, with Acknowledge and Reset for users who may change the object; a sentence says
 * when Prometheus's alerts are missing.
 */
class AlarmsPanel extends VerticalLayout {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final Alarms alarms;
  private final UserIdentity user;
  private final AlarmTarget target;
  private final Grid<Alarm> grid = new Grid<>();
  private final Paragraph problem = new Paragraph();
  private final Paragraph empty = new Paragraph();

  AlarmsPanel(Alarms alarms, UserIdentity user, AlarmTarget target) {
    this.alarms = alarms;
    this.user = user;
    this.target = target;
    addClassName("alarms-panel");
    setPadding(false);
    problem.setId("alarms-problem");
    problem.addClassName("perf-problem");
    empty.setId("alarms-empty");
    empty.setText(getTranslation("alarm.none"));
    grid.setId("alarms-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
    grid.addColumn(severityCell()).setHeader("").setWidth("3rem").setFlexGrow(0);
    if (target.kind() == AlarmTarget.Kind.FOLDER || target.kind() == AlarmTarget.Kind.DATACENTER) {
      grid.addColumn(new ComponentRenderer<>(this::objectLink))
          .setHeader(getTranslation("alarm.column.object"))
          .setAutoWidth(true)
          .setFlexGrow(0);
    }
    grid.addColumn(this::alarmName)
        .setHeader(getTranslation("alarm.column.name"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(Alarm::description)
        .setHeader(getTranslation("alarm.column.description"))
        .setFlexGrow(3);
    grid.addColumn(a -> time(a.since()))
        .setHeader(getTranslation("alarm.column.since"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(this::acknowledgedBy)
        .setHeader(getTranslation("alarm.column.acknowledged"))
        .setWidth("11rem")
        .setFlexGrow(0);
    grid.addColumn(new ComponentRenderer<>(this::actions)).setAutoWidth(true).setFlexGrow(0);
    add(problem, empty, grid);
    LiveUpdates.follow(this, alarms::changes, this::refresh);
  }

  private void refresh() {
    List<Alarm> shown = alarms.within(alarms.scope(user), target);
    grid.setItems(shown);
    grid.setVisible(!shown.isEmpty());
    empty.setVisible(shown.isEmpty());
    alarms
        .alertsProblem()
        .ifPresentOrElse(
            p -> {
              problem.setText(
                  p.equals(PerfProblem.NOT_CONFIGURED)
                      ? getTranslation("alarm.alerts-not-configured")
                      : getTranslation(
                          "alarm.alerts-missing",
                          getTranslation(p.key(), p.arguments().toArray())));
              problem.setVisible(true);
            },
            () -> problem.setVisible(false));
  }

  private static LitRenderer<Alarm> severityCell() {
    return LitRenderer.<Alarm>of(
            "<vaadin-icon icon=\"vaadin:warning\" class=\"object-mark mark-${item.level}\""
                + " data-mark=\"${item.level}\"></vaadin-icon>")
        .withProperty("level", a -> a.severity().name().toLowerCase(Locale.ROOT));
  }

  private String alarmName(Alarm alarm) {
    return alarm.source() == Alarm.Source.CONDITION ? getTranslation(alarm.name()) : alarm.name();
  }

  private Anchor objectLink(Alarm alarm) {
    AlarmTarget on = alarm.target();
    String href =
        switch (on.kind()) {
          case VM -> "vm/" + on.namespace() + "/" + on.name();
          case HOST -> "host/" + on.name();
          case DATASTORE -> "datastore/" + on.name();
          case FOLDER -> "folder/" + on.namespace();
          case DATACENTER -> "datacenter";
        };
    String kind = getTranslation("alarm.object." + on.kind().name().toLowerCase(Locale.ROOT));
    String name = on.kind() == AlarmTarget.Kind.VM ? on.namespace() + "/" + on.name() : on.name();
    return new Anchor(href, name.isEmpty() ? kind : kind + " " + name);
  }

  private String acknowledgedBy(Alarm alarm) {
    var state = alarm.state();
    return alarm.acknowledged() && state != null
        ? getTranslation("alarm.acknowledged-by", state.by(), time(state.at()))
        : "";
  }

  private HorizontalLayout actions(Alarm alarm) {
    HorizontalLayout buttons = new HorizontalLayout();
    buttons.setSpacing(false);
    if (!alarms.mayChange(user, alarm)) {
      return buttons;
    }
    Button acknowledge =
        new Button(
            getTranslation("alarm.acknowledge"), e -> done(alarms.acknowledge(user, alarm.id())));
    acknowledge.addClassName("alarm-acknowledge");
    acknowledge.setEnabled(!alarm.acknowledged());
    Button reset =
        new Button(getTranslation("alarm.reset"), e -> done(alarms.reset(user, alarm.id())));
    reset.addClassName("alarm-reset");
    reset.getElement().setAttribute("title", getTranslation("alarm.reset.title"));
    for (Button button : List.of(acknowledge, reset)) {
      button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      button.getElement().setAttribute("data-alarm", alarm.id());
      buttons.add(button);
    }
    return buttons;
  }

  private void done(Alarms.Outcome outcome) {
    if (!outcome.done()) {
      Notification.show(getTranslation(outcome.problemKey(), outcome.detail()))
          .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
    }
    refresh();
  }

  private static String time(Instant instant) {
    return instant.equals(Instant.EPOCH) ? "—" : TIME.format(instant);
  }
}
