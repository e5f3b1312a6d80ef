package io.virtdeck.console.ui;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.util.Optional;
import reactor.core.publisher.Flux;

/**
 * The VM behind a console as one user sees it: its power state and changes from the shared
 * inventory, and Power On through the VM's own power action (the same task as the VM header's).
 */
final class ConsoleVm {

  private final ResourceKey key;
  private final UserIdentity user;
  private final VmInventory inventory;
  private final VmOperations operations;
  private final UserScopes scopes;

  ConsoleVm(
      ResourceKey key,
      UserIdentity user,
      VmInventory inventory,
      VmOperations operations,
      UserScopes scopes) {
    this.key = key;
    this.user = user;
    this.inventory = inventory;
    this.operations = operations;
    this.scopes = scopes;
  }

  ResourceKey key() {
    return key;
  }

  /** The VM's power state, empty when the user may not see the VM or it is gone. */
  Optional<PowerState> powerState() {
    return inventory.row(key, scopes).map(VmRow::powerState);
  }

  /** Whether the VM is a template: it is never powered on, so its console never connects. */
  boolean template() {
    return inventory.row(key, scopes).map(VmRow::template).orElse(false);
  }

  /** Whether Kubernetes lets the user start VMs in this VM's namespace (never a template). */
  boolean mayPowerOn() {
    return !template() && operations.permitted(user, PowerAction.POWER_ON, key.namespace());
  }

  /** Starts the VM as the user, as a task in Recent Tasks. */
  void powerOn() {
    operations.run(user, PowerAction.POWER_ON, key);
  }

  /** Each change of this VM or its instance. */
  Flux<ResourceKey> changes() {
    return inventory.changes(scopes.of(CachedKind.VIRTUAL_MACHINES)).filter(key::equals);
  }
}
