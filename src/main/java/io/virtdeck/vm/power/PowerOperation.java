package io.virtdeck.vm.power;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.task.Await;
import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import io.virtdeck.task.VmOperation;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmYaml;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.rows.VmSummary;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A power action on one VM, followed in the cache until the VM reaches the state it asks for. */
final class PowerOperation extends VmOperation {

  private final PowerAction action;
  private final VmInventory inventory;
  private final VmYaml yaml;
  private final @Nullable String instanceBefore;

  PowerOperation(PowerAction action, ResourceKey vm, VmInventory inventory, VmYaml yaml) {
    super(vm);
    this.action = action;
    this.inventory = inventory;
    this.yaml = yaml;
    this.instanceBefore = yaml.instanceUid(vm);
  }

  @Override
  public String titleKey() {
    return action.titleKey();
  }

  @Override
  public AccessRequest access() {
    return action.access(vm.namespace(), vm.name());
  }

  /** A template is never powered on (nor off: it is stopped), whoever sends the action. */
  @Override
  public Optional<Message> refusal() {
    boolean template = inventory.row(vm, UserScopes.ALL).map(VmRow::template).orElse(false);
    return template
        ? Optional.of(Message.of("vm.power.refused.template", vm.name()))
        : Optional.empty();
  }

  @Override
  public ApiCall call() {
    return PowerCommands.call(action, vm);
  }

  @Override
  public List<String> commands() {
    return PowerCommands.commands(action, vm);
  }

  @Override
  public List<Await> awaits() {
    return PowerCommands.awaits(action, vm);
  }

  @Override
  public String currentYaml() {
    return yaml.of(vm);
  }

  @Override
  public Outcome progress() {
    Optional<VmSummary> summary = inventory.summary(vm, UserScopes.ALL);
    if (summary.isEmpty()) {
      return Outcome.failed(Message.of("task.failed.gone", vm.toString()));
    }
    PowerState state = summary.get().row().powerState();
    return switch (action) {
      case POWER_ON -> starting(summary.get(), state);
      case SHUT_DOWN_GUEST, POWER_OFF -> stopped(summary.get(), state);
      case RESTART -> restarted(state);
      case SUSPEND -> state == PowerState.SUSPENDED ? Outcome.completed() : Outcome.pending();
      case RESUME -> state == PowerState.POWERED_ON ? Outcome.completed() : Outcome.pending();
    };
  }

  private Outcome starting(VmSummary summary, PowerState state) {
    if (state == PowerState.POWERED_ON) {
      return Outcome.completed();
    }
    if ("ErrorUnschedulable".equals(summary.row().status()) && !summary.problem().isEmpty()) {
      return Outcome.failed(SchedulerMessages.sentence(summary.problem()));
    }
    return new Outcome.Pending(state == PowerState.STARTING ? 50 : 10);
  }

  /** Off, and the VM itself no longer asks to run (its spec has caught up in the cache). */
  private static Outcome stopped(VmSummary summary, PowerState state) {
    boolean asksToRun = "Always".equals(summary.runStrategy());
    return state == PowerState.POWERED_OFF && !asksToRun
        ? Outcome.completed()
        : new Outcome.Pending(50);
  }

  private Outcome restarted(PowerState state) {
    String now = yaml.instanceUid(vm);
    boolean newInstance = now != null && !now.equals(instanceBefore);
    if (newInstance && state == PowerState.POWERED_ON) {
      return Outcome.completed();
    }
    return new Outcome.Pending(newInstance ? 70 : 30);
  }
}
