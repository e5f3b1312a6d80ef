package io.virtdeck.host;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Message;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.ScriptStep;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Enter or exit maintenance mode: a JSON patch of the node's {@code spec.unschedulable} (cordon /
 * uncordon). Entering completes when the drain has moved every VM off the host (its progress is the
 * drain's), or fails when a VM blocks it; exiting completes when the cache shows the host
 * schedulable again.
 */
final class MaintenanceOperation implements Operation {

  static final AccessRequest ACCESS = AccessRequest.of("patch", "", "nodes");

  private final String host;
  private final boolean enter;
  private final HostInventory inventory;
  private final Supplier<DrainProgress> drain;
  private final BooleanSupplier cancelled;

  MaintenanceOperation(
      String host,
      boolean enter,
      HostInventory inventory,
      Supplier<DrainProgress> drain,
      BooleanSupplier cancelled) {
    this.host = host;
    this.enter = enter;
    this.inventory = inventory;
    this.drain = drain;
    this.cancelled = cancelled;
  }

  @Override
  public String titleKey() {
    return enter ? "task.host.enter-maintenance" : "task.host.exit-maintenance";
  }

  @Override
  public ResourceKey target() {
    return ResourceKey.cluster(host);
  }

  @Override
  public String targetKind() {
    return "Node";
  }

  @Override
  public AccessRequest access() {
    return ACCESS.named(host);
  }

  @Override
  public ApiCall call() {
    return MigrationCommands.cordon(host, enter);
  }

  @Override
  public List<String> commands() {
    return MigrationCommands.cordonCommands(host, enter);
  }

  /**
   * In a script, the {@code kubectl cordon} / {@code uncordon} teaching mode shows (it sets the
   * same field); Ansible and YAML send the patch itself. The VMs' migrations are tasks of their
   * own.
   */
  @Override
  public ScriptStep script() {
    return new ScriptStep(call(), commands().getFirst(), awaits());
  }

  @Override
  public String currentYaml() {
    return inventory.node(host).map(Serialization::asYaml).orElse("");
  }

  @Override
  public Outcome progress() {
    if (enter && cancelled.getAsBoolean()) {
      return Outcome.failed(Message.of("task.failed.drain-cancelled", host));
    }
    boolean cordoned = inventory.node(host).map(HostRows::cordoned).orElse(false);
    if (!enter) {
      return cordoned ? Outcome.pending() : Outcome.completed();
    }

    if (!cordoned) {
      return new Outcome.Pending(0);
    }
    DrainProgress progress = drain.get();
    if (!progress.begun()) {
      return new Outcome.Pending(0);
    }
    if (progress.done()) {
      return Outcome.completed();
    }
    if (progress.stalled()) {
      return Outcome.failed(Message.of("task.failed.drain", progress.blockers()));
    }
    return new Outcome.Pending(progress.percent());
  }

  @Override
  public Duration timeout() {
    return Duration.ofMinutes(60);
  }
}
