package io.virtdeck.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.task.Message;
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
  private @Nullable HostChoice choice;

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
    Map<String, String> refusals = new java.util.HashMap<>();
    hosts
        .fits(vm)
        .forEach(
            (host, why) -> {
              if (!why.isEmpty()) {
                refusals.put(host, why.stream().map(this::text).collect(Collectors.joining(" ")));
              }
            });
    choice = new HostChoice(hosts.hosts(hosts.scopes(user)), refusals, chosen);
    add(choice);
    Button ok = new Button(getTranslation("host.migrate.ok"), e -> migrate());
    ok.setId("migrate-ok");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(cancel, ok);
  }

  private String text(Message message) {
    return getTranslation(message.key(), message.args().toArray());
  }

  private void migrate() {
    if (choice == null) {
      return;
    }
    String host = null;
    if (!choice.scheduler()) {
      var selected = choice.host();
      if (selected.isEmpty()) {
        Notification.show(getTranslation("host.migrate.pick-host"));
        return;
      }
      host = selected.get();
    }
    operations.migrate(user, vm, host);
    Notification.show(getTranslation("host.migrate.queued", vm.name()));
    close();
  }
}
