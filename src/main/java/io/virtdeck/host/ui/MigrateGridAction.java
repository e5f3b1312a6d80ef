package io.virtdeck.host.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.task.Message;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.ui.VmGridAction;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Migrate… in the right-click menu of VM rows and for a selection of several VMs in the grid: for
 * users who may create migrations in a VM's namespace; disabled with the reason for a VM that
 * cannot move (not running, not live-migratable, a migration under way).
 */
@Component
class MigrateGridAction implements VmGridAction {

  private final HostInventory hosts;
  private final HostOperations operations;

  MigrateGridAction(HostInventory hosts, HostOperations operations) {
    this.hosts = hosts;
    this.operations = operations;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String id() {
    return "migrate";
  }

  @Override
  public String labelKey() {
    return "host.action.migrate";
  }

  @Override
  public boolean permitted(UserIdentity user, List<VmRow> rows) {
    return rows.stream()
        .map(VmRow::namespace)
        .distinct()
        .anyMatch(ns -> operations.mayMigrate(user, ns));
  }

  @Override
  public Optional<String> unavailableBecause(UserIdentity user, VmRow row) {
    var active = hosts.activeMigrationName(row.key());
    if (active.isPresent()) {
      return Optional.of(I18NProvider.translate("host.migrate.in-progress", active.get()));
    }
    return hosts.notMigratable(row.key()).map(MigrateGridAction::text);
  }

  private static String text(Message message) {
    return I18NProvider.translate(message.key(), message.args().toArray());
  }

  @Override
  public void open(UserIdentity user, List<VmRow> rows) {
    if (rows.size() == 1) {
      new MigrateDialog(rows.getFirst().key(), null, hosts, operations, user).open();
    } else if (!rows.isEmpty()) {
      new MigrateSeveralDialog(rows.stream().map(VmRow::key).toList(), hosts, operations, user)
          .open();
    }
  }
}
