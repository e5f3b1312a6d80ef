package io.virtdeck.snapshot;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A node of a VM's snapshot tree: a snapshot and the snapshots taken after it (a revert starts a
 * new branch), or, with no snapshot, the "You are here" marker: where the VM stands now.
 */
public record SnapshotNode(@Nullable SnapshotRow snapshot, List<SnapshotNode> children) {

  public SnapshotNode {
    children = List.copyOf(children);
  }

  public static SnapshotNode youAreHere() {
    return new SnapshotNode(null, List.of());
  }

  public boolean youAreHereMarker() {
    return snapshot == null;
  }
}
