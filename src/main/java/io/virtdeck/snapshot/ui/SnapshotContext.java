package io.virtdeck.snapshot.ui;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.snapshot.SnapshotAction;
import io.virtdeck.snapshot.SnapshotOperations;
import io.virtdeck.snapshot.Snapshots;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmSummary;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What the Snapshots tab and its dialogs work with: the services, the clock, one VM and one user.
 */
record SnapshotContext(
    Snapshots snapshots,
    SnapshotOperations operations,
    VmInventory inventory,
    Clock clock,
    StorageInventory storage,
    ResourceKey vm,
    UserIdentity user) {

  /** The same services and user, for another VM. */
  SnapshotContext forVm(ResourceKey other) {
    return new SnapshotContext(snapshots, operations, inventory, clock, storage, other, user);
  }

  /**
   * The VM's disks whose datastore cannot take snapshots (no VolumeSnapshotClass for its driver),
   * as "disk on datastore": a snapshot of the VM will fail on them.
   */
  List<String> disksWithoutSnapshots() {
    return summary()
        .map(s -> SnapshotTexts.disksWithoutSnapshots(s.disks(), storage::datastore))
        .orElse(List.of());
  }

  boolean permitted(SnapshotAction action) {
    return snapshots.permitted(user, action, vm.namespace());
  }

  Optional<VmSummary> summary() {
    return inventory.summary(vm, snapshots.scopes(user));
  }

  /** Whether the VM runs (or is on its way up): a revert must power it off first. */
  boolean running() {
    return summary().map(s -> s.row().powerState() != PowerState.POWERED_OFF).orElse(false);
  }
}
