package io.virtdeck.perf.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.virtdeck.perf.TimeRange;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.FieldErrors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The time range of a Performance panel, as vSphere offers it: real-time, last day, week, month, or
 * a custom range (UTC, as the charts' axes) that is checked before anything is asked.
 */
class RangeBar extends HorizontalLayout {

  private final Select<TimeRange.Kind> kind = new Select<>();
  private final DateTimePicker from = new DateTimePicker();
  private final DateTimePicker to = new DateTimePicker();
  private final Button apply = new Button();
  private final Div problems = new Div();
  private final FieldErrors errors = new FieldErrors(problems).on("perf.range.invalid", to);
  private final Supplier<Instant> now;
  private final Consumer<TimeRange> onChange;
  private TimeRange current;

  RangeBar(Supplier<Instant> now, Consumer<TimeRange> onChange) {
    this.now = now;
    this.onChange = onChange;
    this.current = TimeRange.last(TimeRange.Kind.REALTIME, now.get());
    setId("perf-range-bar");
    setAlignItems(FlexComponent.Alignment.BASELINE);
    kind.setId("perf-range");
    kind.setLabel(getTranslation("perf.range"));
    kind.setItems(TimeRange.Kind.values());
    kind.setItemLabelGenerator(
        k -> getTranslation("perf.range." + k.name().toLowerCase(Locale.ROOT)));
    kind.setValue(TimeRange.Kind.REALTIME);
    kind.addValueChangeListener(change -> chosen(change.getValue()));
    from.setId("perf-range-from");
    from.setLabel(getTranslation("perf.range.from"));
    to.setId("perf-range-to");
    to.setLabel(getTranslation("perf.range.to"));
    apply.setText(getTranslation("perf.range.apply"));
    apply.setId("perf-range-apply");
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    apply.addClickListener(click -> applyCustom());
    showCustom(false);
    add(kind, from, to, apply, problems);
  }

  TimeRange current() {
    return current;
  }

  /** The current range again, ending now (for a live refresh). */
  TimeRange refreshed() {
    if (current.kind() != TimeRange.Kind.CUSTOM) {
      current = TimeRange.last(current.kind(), now.get());
    }
    return current;
  }

  private void chosen(TimeRange.Kind chosen) {
    if (chosen == TimeRange.Kind.CUSTOM) {
      LocalDateTime end =
          LocalDateTime.ofInstant(now.get(), ZoneOffset.UTC).withSecond(0).withNano(0);
      if (to.isEmpty()) {
        to.setValue(end);
        from.setValue(end.minusDays(3));
      }
      showCustom(true);
      return;
    }
    showCustom(false);
    current = TimeRange.last(chosen, now.get());
    onChange.accept(current);
  }

  private void applyCustom() {
    if (from.isEmpty() || to.isEmpty()) {
      errors.show(List.of(Message.of("perf.range.invalid.missing")));
      return;
    }
    var result =
        TimeRange.custom(
            from.getValue().toInstant(ZoneOffset.UTC),
            to.getValue().toInstant(ZoneOffset.UTC),
            now.get());
    if (result.range().isEmpty()) {
      errors.show(
          List.of(Message.of(result.problemKey(), String.valueOf(TimeRange.LONGEST.toDays()))));
      return;
    }
    errors.show(List.of());
    current = result.range().get();
    onChange.accept(current);
  }

  private void showCustom(boolean visible) {
    from.setVisible(visible);
    to.setVisible(visible);
    apply.setVisible(visible);
  }
}
