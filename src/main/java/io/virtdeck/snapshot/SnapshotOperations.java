package io.virtdeck.snapshot;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Task;
import io.virtdeck.task.TaskChain;
import io.virtdeck.task.TaskService;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.power.VmOperations;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The snapshot actions as tasks run as the user: take, revert (optionally powering the VM off first
 * and on again after, each step its own task), delete one or all of a VM's snapshots.
 */
@Service
public class SnapshotOperations {

  private final SnapshotStore store;
  private final TaskService tasks;
  private final VmOperations vms;
  private final TaskChain chain;
  private final Clock clock;

  SnapshotOperations(SnapshotStore store, TaskService tasks, VmOperations vms, Clock clock) {
    this.store = store;
    this.tasks = tasks;
    this.vms = vms;
    this.chain = new TaskChain(tasks);
    this.clock = clock;
  }

  /** The take operation, for showing what it will send before the user confirms. */
  public Operation prepareTake(ResourceKey vm, String name, String description) {
    return new TakeSnapshotOperation(vm, name, description.strip(), store);
  }

  public Task take(UserIdentity user, ResourceKey vm, String name, String description) {
    return tasks.submit(user, prepareTake(vm, name, description));
  }

  /** The revert operation alone (the VM must be stopped for KubeVirt to restore it). */
  public Operation prepareRevert(ResourceKey vm, String snapshot) {
    return new RevertOperation(
        vm, snapshot, SnapshotNames.restoreName(snapshot, clock.instant()), store);
  }

  /** Reverts a stopped VM to a snapshot. */
  public Task revert(UserIdentity user, ResourceKey vm, String snapshot) {
    return revert(user, prepareRevert(vm, snapshot));
  }

  /**
   * Sends a revert prepared with {@link #prepareRevert}: the restore created is the one the user
   * was shown (its name is in the preview's {@code kubectl wait}).
   */
  public Task revert(UserIdentity user, Operation prepared) {
    return tasks.submit(user, prepared);
  }

  /**
   * Powers a running VM off, reverts it, and (with {@code powerOnAfter}) powers it on again: three
   * tasks, each started when the one before completed. A failed power-off stops there; after a
   * failed revert the VM is still powered on again, so it is left running as it was.
   *
   * @return the power-off task
   */
  public Task powerOffAndRevert(
      UserIdentity user, ResourceKey vm, String snapshot, boolean powerOnAfter) {
    return powerOffAndRevert(user, vm, prepareRevert(vm, snapshot), powerOnAfter);
  }

  /** As above, sending the revert the user was shown ({@link #prepareRevert}). */
  public Task powerOffAndRevert(
      UserIdentity user, ResourceKey vm, Operation prepared, boolean powerOnAfter) {
    Task off = vms.run(user, PowerAction.POWER_OFF, vm);
    chain.whenFinished(
        user,
        off,
        stopped -> {
          if (stopped.status() != TaskStatus.COMPLETED) {
            return;
          }
          Task revert = revert(user, prepared);
          if (powerOnAfter) {
            chain.whenFinished(user, revert, done -> vms.run(user, PowerAction.POWER_ON, vm));
          }
        });
    return off;
  }

  public Operation prepareDelete(ResourceKey snapshot) {
    return new DeleteSnapshotOperation(snapshot, store);
  }

  public Task delete(UserIdentity user, ResourceKey snapshot) {
    return tasks.submit(user, prepareDelete(snapshot));
  }

  /** Deletes every snapshot of the VM: one task each. */
  public List<Task> deleteAll(UserIdentity user, ResourceKey vm) {
    return store.snapshotsOf(vm, io.virtdeck.cluster.UserScopes.ALL).stream()
        .map(s -> delete(user, s.key()))
        .toList();
  }
}
