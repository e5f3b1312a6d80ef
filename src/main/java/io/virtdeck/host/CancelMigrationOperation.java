package io.virtdeck.host;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import java.util.List;

/**
 * Cancel migration: deletes the migration object; KubeVirt aborts it, the VM stays where it was.
 */
final class CancelMigrationOperation implements Operation {

  private final ResourceKey migration;
  private final HostInventory inventory;

  CancelMigrationOperation(ResourceKey migration, HostInventory inventory) {
    this.migration = migration;
    this.inventory = inventory;
  }

  @Override
  public String titleKey() {
    return "task.host.cancel-migration";
  }

  @Override
  public ResourceKey target() {
    return migration;
  }

  @Override
  public String targetKind() {
    return "VirtualMachineInstanceMigration";
  }

  @Override
  public AccessRequest access() {
    return AccessRequest.of("delete", "kubevirt.io", "virtualmachineinstancemigrations")
        .in(migration.namespace());
  }

  @Override
  public ApiCall call() {
    return MigrationCommands.delete(migration);
  }

  @Override
  public List<String> commands() {
    return MigrationCommands.deleteCommands(migration);
  }

  @Override
  public String currentYaml() {
    return inventory.migration(migration).map(Serialization::asYaml).orElse("");
  }

  @Override
  public Outcome progress() {
    return inventory.migration(migration).isEmpty() ? Outcome.completed() : Outcome.pending();
  }
}
