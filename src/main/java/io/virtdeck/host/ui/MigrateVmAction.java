package io.virtdeck.host.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.ui.VmHeaderAction;
import java.util.Optional;

/**
 * Migrate… in the VM header, for users who may create migrations in the VM's namespace: disabled
 * with KubeVirt's reason when the instance is not live-migratable; Cancel migration while one of
 * the VM runs.
 */
@org.springframework.stereotype.Component
class MigrateVmAction implements VmHeaderAction {

  private final HostInventory hosts;
  private final HostOperations operations;

  MigrateVmAction(HostInventory hosts, HostOperations operations) {
    this.hosts = hosts;
    this.operations = operations;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Object dependsOn(VmRow row) {
    return java.util.List.of(hosts.activeMigrationKey(row.key()), hosts.notMigratable(row.key()));
  }

  @Override
  public Optional<Component> create(VmRow row, UserIdentity user) {
    if (row.powerState() == PowerState.POWERED_OFF
        || !operations.mayMigrate(user, row.namespace())) {
      return Optional.empty();
    }
    var active = hosts.activeMigrationKey(row.key());
    if (active.isPresent()) {
      Button cancel =
          new Button(
              com.vaadin.flow.i18n.I18NProvider.translate("host.action.cancel-migration"),
              VaadinIcon.CLOSE_CIRCLE.create(),
              e -> operations.cancelMigration(user, active.get()));
      cancel.setId("action-cancel-migration");
      cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      return Optional.of(cancel);
    }
    Button button =
        new Button(
            com.vaadin.flow.i18n.I18NProvider.translate("host.action.migrate"),
            VaadinIcon.EXCHANGE.create());
    button.addClickListener(
        e -> new MigrateDialog(row.key(), null, hosts, operations, user).open());
    button.setId("action-migrate");
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    hosts
        .notMigratable(row.key())
        .ifPresent(
            why -> {
              button.setEnabled(false);
              button.setTooltipText(
                  com.vaadin.flow.i18n.I18NProvider.translate(why.key(), why.args().toArray()));
            });
    return Optional.of(button);
  }
}
