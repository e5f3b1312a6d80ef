package io.virtdeck.host.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.virtdeck.host.Bytes;
import io.virtdeck.host.HostRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "Let the scheduler choose" or a host from a table with its free CPU and memory and VM count,
 * where hosts that cannot take the VM (or VMs) say why and cannot be chosen.
 */
final class HostChoice extends Div {

  private final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
  private final Grid<HostRow> grid = new Grid<>();
  private final Map<String, String> refusals;

  /**
   * @param refusals why each host cannot be chosen, as one translated text (absent: it can)
   * @param chosen the host to preselect if it can be chosen, or null for the scheduler
   */
  HostChoice(List<HostRow> rows, Map<String, String> refusals, @Nullable String chosen) {
    this.refusals = refusals;
    mode.setItems(true, false);
    mode.setItemLabelGenerator(
        scheduler -> getTranslation(scheduler ? "host.migrate.scheduler" : "host.migrate.choose"));
    mode.setId("migrate-mode");
    grid.setId("migrate-hosts");
    grid.setAllRowsVisible(true);
    grid.addComponentColumn(row -> new Span(row.name()))
        .setHeader(getTranslation("host.migrate.column.host"));
    grid.addColumn(row -> getTranslation(row.state().key()))
        .setHeader(getTranslation("host.migrate.column.state"));
    grid.addColumn(row -> Bytes.cpus(row.freeCpu()))
        .setHeader(getTranslation("host.migrate.column.cpu"));
    grid.addColumn(row -> Bytes.gib(row.freeMemory()))
        .setHeader(getTranslation("host.migrate.column.memory"));
    grid.addColumn(HostRow::vmCount).setHeader(getTranslation("host.migrate.column.vms"));
    grid.addColumn(row -> refusals.getOrDefault(row.name(), getTranslation("host.migrate.fits")))
        .setHeader(getTranslation("host.migrate.column.fit"))
        .setFlexGrow(4);
    grid.setItems(rows);
    grid.setPartNameGenerator(row -> fits(row) ? null : "unfit");
    grid.addSelectionListener(
        e ->
            e.getFirstSelectedItem()
                .filter(row -> !fits(row))
                .ifPresent(row -> grid.deselect(row)));
    mode.addValueChangeListener(e -> grid.setEnabled(Boolean.FALSE.equals(e.getValue())));
    rows.stream()
        .filter(row -> row.name().equals(chosen) && fits(row))
        .findFirst()
        .ifPresentOrElse(
            row -> {
              mode.setValue(false);
              grid.select(row);
            },
            () -> mode.setValue(true));
    add(mode, grid);
    // a user who may not list nodes sees no hosts: the scheduler chooses, nothing to pick from
    mode.setVisible(!rows.isEmpty());
    grid.setVisible(!rows.isEmpty());
  }

  private boolean fits(HostRow row) {
    return !refusals.containsKey(row.name());
  }

  /** The scheduler chooses. */
  boolean scheduler() {
    return !Boolean.FALSE.equals(mode.getValue());
  }

  /** The host chosen in the table, if any. */
  Optional<String> host() {
    return Optional.ofNullable(grid.asSingleSelect().getValue()).map(HostRow::name);
  }

  /** Runs {@code listener} when the choice changes. */
  void onChange(Consumer<HostChoice> listener) {
    mode.addValueChangeListener(e -> listener.accept(this));
    grid.addSelectionListener(e -> listener.accept(this));
  }
}
