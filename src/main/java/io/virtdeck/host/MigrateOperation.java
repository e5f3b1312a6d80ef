package io.virtdeck.host;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Await;
import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.VmOperation;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Migrate (vMotion): creates a VirtualMachineInstanceMigration for the VM's instance, with {@code
 * spec.addedNodeSelector} on {@code kubernetes.io/hostname} for a chosen host (none: the
 * scheduler's choice), and follows its phases to Succeeded or Failed with KubeVirt's reason.
 */
public final class MigrateOperation extends VmOperation {

  static final AccessRequest ACCESS =
      AccessRequest.of("create", "kubevirt.io", "virtualmachineinstancemigrations");

  private final ResourceKey migration;
  private final @Nullable String host;
  private final Map<String, Object> object;
  private final HostInventory inventory;

  MigrateOperation(ResourceKey vm, String name, @Nullable String host, HostInventory inventory) {
    super(vm);
    this.migration = new ResourceKey(vm.namespace(), name);
    this.host = host;
    this.object = MigrationCommands.migration(vm, name, host);
    this.inventory = inventory;
  }

  public ResourceKey migration() {
    return migration;
  }

  public @Nullable String host() {
    return host;
  }

  @Override
  public String titleKey() {
    return "task.host.migrate";
  }

  @Override
  public AccessRequest access() {
    return ACCESS.in(vm.namespace());
  }

  @Override
  public ApiCall call() {
    return MigrationCommands.create(vm, object);
  }

  @Override
  public List<String> commands() {
    return MigrationCommands.createCommands(vm, object, host);
  }

  @Override
  public List<Await> awaits() {
    return List.of(MigrationCommands.succeeded(migration));
  }

  @Override
  public String currentYaml() {
    return inventory.migration(migration).map(Serialization::asYaml).orElse("");
  }

  @Override
  public Outcome progress() {
    var current = inventory.migration(migration);
    if (current.isEmpty()) {
      return new Outcome.Pending(0);
    }
    return switch (Migrations.phase(current.get())) {
      case "Succeeded" -> Outcome.completed();
      case "Failed" ->
          Outcome.failed(
              Message.of("task.failed.migration", Migrations.failureReason(current.get())));
      default -> new Outcome.Pending(Migrations.percent(current.get()));
    };
  }
}
