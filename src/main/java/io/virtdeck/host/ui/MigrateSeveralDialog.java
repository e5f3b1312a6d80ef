package io.virtdeck.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.BatchFit;
import io.virtdeck.host.DrainPlanner;
import io.virtdeck.host.HostInventory;
import io.virtdeck.host.HostOperations;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Migrate… for several VMs at once: one dialog with each VM's fate (migrates, stays on the chosen
 * host, or cannot move and why), one host choice for all (a host must take each VM and all of them
 * together), a note when KubeVirt's parallel limits make some wait, and one task per migration.
 */
final class MigrateSeveralDialog extends Dialog {

  private final HostOperations operations;
  private final UserIdentity user;
  private final Map<ResourceKey, String> refused = new LinkedHashMap<>();
  private final List<ResourceKey> movable = new ArrayList<>();
  private final Map<String, BatchFit> fits;
  private final Grid<ResourceKey> vms = new Grid<>();
  private final HostChoice choice;

  MigrateSeveralDialog(
      List<ResourceKey> selected,
      HostInventory hosts,
      HostOperations operations,
      UserIdentity user) {
    this.operations = operations;
    this.user = user;
    setId("migrate-dialog");
    setHeaderTitle(getTranslation("host.migrate.title-several", selected.size()));
    setWidth("60rem");
    for (ResourceKey vm : selected) {
      refusal(vm, hosts).ifPresentOrElse(why -> refused.put(vm, why), () -> movable.add(vm));
    }
    fits = hosts.batchFits(movable);
    Map<String, String> refusals = new HashMap<>();
    fits.forEach(
        (host, fit) -> {
          if (!fit.fits()) {
            refusals.put(host, describe(fit));
          }
        });
    choice = new HostChoice(hosts.hosts(hosts.scopes(user)), refusals, null);
    vms.setId("migrate-vms");
    vms.setAllRowsVisible(true);
    vms.addColumn(ResourceKey::toString)
        .setHeader(getTranslation("host.vm.name"))
        .setAutoWidth(true);
    vms.addColumn(this::fate).setHeader(getTranslation("host.migrate.column.fate")).setFlexGrow(3);
    vms.setItems(Stream.concat(movable.stream(), refused.keySet().stream()).toList());
    choice.onChange(c -> vms.getDataProvider().refreshAll());
    add(vms);
    Button cancel = new Button(getTranslation("host.migrate.cancel"), e -> close());
    if (movable.isEmpty()) {
      getFooter().add(cancel);
      return;
    }
    var batch = hosts.batch(movable);
    if (batch.waiting() > 0) {
      Div limits =
          new Div(
              getTranslation(
                  "host.migrate.limits",
                  DrainPlanner.PER_NODE,
                  DrainPlanner.PER_CLUSTER,
                  batch.startNow(),
                  batch.waiting()));
      limits.setId("migrate-limits");
      add(limits);
    }
    add(choice);
    Button ok = new Button(getTranslation("host.migrate.ok"), e -> migrate());
    ok.setId("migrate-ok");
    ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(cancel, ok);
  }

  /** Why the VM cannot be migrated at all, translated; empty when it can. */
  private Optional<String> refusal(ResourceKey vm, HostInventory hosts) {
    if (!operations.mayMigrate(user, vm.namespace())) {
      return Optional.of(getTranslation("host.migrate.forbidden", vm.namespace()));
    }
    var active = hosts.activeMigrationName(vm);
    if (active.isPresent()) {
      return Optional.of(getTranslation("host.migrate.in-progress", active.get()));
    }
    return hosts.notMigratable(vm).map(this::text);
  }

  private String fate(ResourceKey vm) {
    if (refused.containsKey(vm)) {
      return refused.get(vm);
    }
    var host = choice.scheduler() ? Optional.<String>empty() : choice.host();
    if (host.isPresent()
        && Optional.ofNullable(fits.get(host.get()))
            .map(f -> f.staying().contains(vm))
            .orElse(false)) {
      return getTranslation("host.migrate.stays");
    }
    return getTranslation("host.migrate.migrates");
  }

  private String describe(BatchFit fit) {
    List<String> parts = new ArrayList<>();
    fit.perVm()
        .forEach(
            (vm, why) -> {
              if (!why.isEmpty()) {
                parts.add(
                    vm.name()
                        + ": "
                        + why.stream().map(this::text).collect(Collectors.joining(" ")));
              }
            });
    fit.together().forEach(m -> parts.add(text(m)));
    return String.join(" ", parts);
  }

  private String text(Message message) {
    return getTranslation(message.key(), message.args().toArray());
  }

  private void migrate() {
    String host = null;
    List<ResourceKey> moving = movable;
    if (!choice.scheduler()) {
      var selected = choice.host();
      if (selected.isEmpty()) {
        Notification.show(getTranslation("host.migrate.pick-host"));
        return;
      }
      host = selected.get();
      moving =
          Optional.ofNullable(fits.get(host)).map(f -> List.copyOf(f.moving())).orElse(List.of());
    }
    for (ResourceKey vm : moving) {
      operations.migrate(user, vm, host);
    }
    Notification.show(getTranslation("host.migrate.queued-several", moving.size()));
    close();
  }
}
