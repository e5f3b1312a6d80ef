package io.virtdeck.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.host.NonMigratableOption;

/**
 * Enter Maintenance Mode…: says what will happen (cordon, then live migrations within the limits),
 * lists the host's VMs with what happens to each, and asks what to do with those that cannot
 * live-migrate; where the cluster has the Node Maintenance Operator, offers to let it do the drain.
 */
class MaintenanceDialog extends Dialog {

  MaintenanceDialog(
      String host, HostInventory hosts, HostOperations operations, UserIdentity user) {
    setId("maintenance-dialog");
    setHeaderTitle(getTranslation("host.maintenance.title", host));
    setWidth("40rem");
    add(new Paragraph(getTranslation("host.maintenance.intro")));
    // every VM on the host is drained; those the user may not list are counted, not named
    var vmis = hosts.vmsOn(host, UserScopes.ALL);
    var seen = hosts.vmsOn(host, hosts.scopes(user));
    UnorderedList list = new UnorderedList();
    list.setId("maintenance-vms");
    boolean anyStuck = vmis.stream().anyMatch(vm -> hosts.notMigratable(vm.key()).isPresent());
    for (var vm : seen) {
      var key = vm.key();
      var why = hosts.notMigratable(key);
      String what =
          why.map(
                  m ->
                      getTranslation(
                          "host.maintenance.cannot-migrate",
                          getTranslation(m.key(), m.args().toArray())))
              .orElse(getTranslation("host.maintenance.will-migrate"));
      list.add(new ListItem(key + ": " + what));
    }
    if (vmis.size() > seen.size()) {
      list.add(
          new ListItem(
              getTranslation(
                  "host.maintenance.hidden", String.valueOf(vmis.size() - seen.size()))));
    }
    add(
        new Div(getTranslation(vmis.isEmpty() ? "host.maintenance.empty" : "host.maintenance.vms")),
        list);
    RadioButtonGroup<NonMigratableOption> option = new RadioButtonGroup<>();
    option.setId("maintenance-option");
    option.setLabel(getTranslation("host.maintenance.option"));
    option.setItems(NonMigratableOption.values());
    option.setItemLabelGenerator(o -> getTranslation(o.key()));
    option.setValue(NonMigratableOption.SHUT_DOWN);
    option.setVisible(anyStuck);
    add(option);
    boolean stuck = anyStuck;
    Checkbox operator = new Checkbox(getTranslation("host.maintenance.use-operator"));
    operator.setId("maintenance-use-operator");
    operator.setVisible(operations.mayUseOperator(user));
    Paragraph operatorNote = new Paragraph(getTranslation("host.maintenance.operator-note"));
    operatorNote.setVisible(false);
    operator.addValueChangeListener(
        e -> {
          operatorNote.setVisible(e.getValue());
          option.setVisible(stuck && !e.getValue());
        });
    add(operator, operatorNote);
    Button ok =
        new Button(
            getTranslation("host.maintenance.ok"),
            e -> {
              if (operator.getValue()) {
                operations.enterMaintenanceWithOperator(user, host);
              } else {
                operations.enterMaintenance(user, host, option.getValue());
              }
              close();
            });
    ok.setId("maintenance-ok");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("host.migrate.cancel"), e -> close()), ok);
  }

  /** The confirmation of Exit Maintenance Mode. */
  static Dialog exit(String host, HostOperations operations, UserIdentity user) {
    Dialog dialog = new Dialog();
    dialog.setId("exit-maintenance-dialog");
    dialog.setHeaderTitle(dialog.getTranslation("host.maintenance.exit-title", host));
    dialog.add(new Paragraph(dialog.getTranslation("host.maintenance.exit-intro")));
    Button ok =
        new Button(
            dialog.getTranslation("host.maintenance.exit-ok"),
            e -> {
              operations.exitMaintenance(user, host);
              dialog.close();
            });
    ok.setId("exit-maintenance-ok");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(dialog.getTranslation("host.migrate.cancel"), e -> dialog.close()), ok);
    return dialog;
  }
}
