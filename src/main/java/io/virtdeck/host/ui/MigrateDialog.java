package io.virtdeck.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.Bytes;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.host.HostRow;
import io.virtdeck.task.Message;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Migrate…: "Let the scheduler choose" or a host from a table with its free CPU and memory and VM
 * count, where hosts that cannot take the VM say why and cannot be chosen. Offered only for an
 * instance KubeVirt calls live-migratable; otherwise it says why not.
 */
class MigrateDialog extends Dialog {

  private final ResourceKey vm;
  private final HostOperations operations;
  private final UserIdentity user;
  private final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();
  private final Grid<HostRow> grid = new Grid<>();
  private Map<String, List<Message>> reasons = Map.of();

  MigrateDialog(
      ResourceKey vm,
      @Nullable String chosen,
      HostInventory hosts,
      HostOperations operations,
      UserIdentity user) {
    this.vm = vm;
    this.operations = operations;
    this.user = user;
    setId("migrate-dialog");
    setHeaderTitle(getTranslation("host.migrate.title", vm.name()));
    setWidth("56rem");
    Button cancel = new Button(getTranslation("host.migrate.cancel"), e -> close());
    var notMigratable = hosts.notMigratable(vm);
    var active = hosts.activeMigrationName(vm);
    if (notMigratable.isPresent() || active.isPresent() || !hosts.running(vm)) {
      Div why =
          new Div(
              active.isPresent()
                  ? getTranslation("host.migrate.in-progress", active.get())
                  : text(notMigratable.orElse(Message.of("host.migrate.not-running"))));
      why.setId("migrate-refused");
      add(why);
      getFooter().add(cancel);
      return;
    }
    // only users who may list nodes see hosts to choose from; others let the scheduler choose
    List<HostRow> rows = hosts.hosts(hosts.scopes(user));
    reasons = hosts.fits(vm);
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
    grid.addColumn(this::fit).setHeader(getTranslation("host.migrate.column.fit")).setFlexGrow(4);
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
    mode.setVisible(!rows.isEmpty());
    grid.setVisible(!rows.isEmpty());
    Button ok = new Button(getTranslation("host.migrate.ok"), e -> migrate());
    ok.setId("migrate-ok");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(cancel, ok);
  }

  private boolean fits(HostRow row) {
    return reasons.getOrDefault(row.name(), List.of()).isEmpty();
  }

  private String fit(HostRow row) {
    List<Message> why = reasons.getOrDefault(row.name(), List.of());
    return why.isEmpty()
        ? getTranslation("host.migrate.fits")
        : why.stream().map(this::text).collect(Collectors.joining(" "));
  }

  private String text(Message message) {
    return getTranslation(message.key(), message.args().toArray());
  }

  private void migrate() {
    String host = null;
    if (Boolean.FALSE.equals(mode.getValue())) {
      var selected = grid.asSingleSelect().getValue();
      if (selected == null) {
        Notification.show(getTranslation("host.migrate.pick-host"));
        return;
      }
      host = selected.name();
    }
    operations.migrate(user, vm, host);
    Notification.show(getTranslation("host.migrate.queued", vm.name()));
    close();
  }
}
