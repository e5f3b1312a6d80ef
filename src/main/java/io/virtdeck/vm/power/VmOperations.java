package io.virtdeck.vm.power;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskService;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.VmYaml;
import io.virtdeck.vm.rows.VmRow;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The VM actions: whether a user may do one (their Kubernetes permissions), whether the VM's state
 * allows it (with the reason when not), and running it as a task.
 */
@Service
public class VmOperations {

  private final VmInventory inventory;
  private final VmYaml yaml;
  private final AccessReviews reviews;
  private final TaskService tasks;

  public VmOperations(
      VmInventory inventory, VmYaml yaml, AccessReviews reviews, TaskService tasks) {
    this.inventory = inventory;
    this.yaml = yaml;
    this.reviews = reviews;
    this.tasks = tasks;
  }

  /** Whether Kubernetes lets {@code user} do {@code action} on VMs of {@code namespace}. */
  public boolean permitted(UserIdentity user, PowerAction action, String namespace) {
    return reviews.allowed(user, action.access(namespace, ""));
  }

  /** Why the VM's state makes the action meaningless (an i18n key), or empty when it does not. */
  public Optional<String> unavailableBecause(PowerAction action, VmRow row) {
    if (row.template()) {
      return Optional.of("vm.action.disabled.template");
    }
    if (action.allowedFrom(row.powerState())) {
      return Optional.empty();
    }
    return Optional.of(
        switch (row.powerState()) {
          case POWERED_OFF -> "vm.action.disabled.off";
          case SUSPENDED -> "vm.action.disabled.suspended";
          case STARTING, STOPPING -> "vm.action.disabled.changing";
          case POWERED_ON -> "vm.action.disabled.on";
        });
  }

  /**
   * The operation, for showing what it will send before the user confirms. It refuses a template
   * before sending anything ({@link Operation#refusal()}), whoever asks.
   */
  public Operation prepare(PowerAction action, ResourceKey vm) {
    return new PowerOperation(action, vm, inventory, yaml);
  }

  /** Runs the action on one VM as {@code user}; the server checks the permission again. */
  public Task run(UserIdentity user, PowerAction action, ResourceKey vm) {
    return tasks.submit(user, prepare(action, vm));
  }
}
