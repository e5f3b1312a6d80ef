package io.virtdeck.snapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds a VM's snapshot tree from its snapshots and completed restores, in time order: a snapshot
 * is a child of where the VM stood when it was taken (the last snapshot taken or reverted to), a
 * revert moves the VM back to a snapshot, so the next snapshot starts a branch there, and "You are
 * here" is appended under the position after the last snapshot or revert. A failed snapshot is
 * shown where it was attempted but does not move the VM.
 */
public final class SnapshotTree {

  private SnapshotTree() {}

  public static List<SnapshotNode> build(List<SnapshotRow> snapshots, List<RestoreRow> restores) {
    Set<String> names = snapshots.stream().map(SnapshotRow::name).collect(Collectors.toSet());
    List<Step> steps = new ArrayList<>();
    snapshots.forEach(s -> steps.add(new Step(time(s.created()), 0, s, null)));
    restores.stream()
        .filter(r -> r.complete() && r.restored() != null)
        .forEach(r -> steps.add(new Step(r.restored(), 1, null, r.snapshot())));
    steps.sort(Comparator.comparing(Step::time).thenComparing(Step::order));
    Map<String, @Nullable String> parents = new HashMap<>();
    @Nullable String current = null;
    for (Step step : steps) {
      if (step.snapshot() != null) {
        parents.put(step.snapshot().name(), current);
        if (!step.snapshot().failed()) {
          current = step.snapshot().name();
        }
      } else if (names.contains(step.revertedTo())) {
        current = step.revertedTo();
      }
    }
    List<SnapshotRow> ordered = steps.stream().map(Step::snapshot).filter(s -> s != null).toList();
    return children(null, ordered, parents, current);
  }

  private static List<SnapshotNode> children(
      @Nullable String parent,
      List<SnapshotRow> ordered,
      Map<String, @Nullable String> parents,
      @Nullable String current) {
    List<SnapshotNode> nodes = new ArrayList<>();
    for (SnapshotRow row : ordered) {
      if (java.util.Objects.equals(parents.get(row.name()), parent)) {
        nodes.add(new SnapshotNode(row, children(row.name(), ordered, parents, current)));
      }
    }
    if (java.util.Objects.equals(parent, current)) {
      nodes.add(SnapshotNode.youAreHere());
    }
    return nodes;
  }

  private static Instant time(@Nullable Instant created) {
    return created == null ? Instant.MAX : created;
  }

  private record Step(
      Instant time, int order, @Nullable SnapshotRow snapshot, @Nullable String revertedTo) {}
}
