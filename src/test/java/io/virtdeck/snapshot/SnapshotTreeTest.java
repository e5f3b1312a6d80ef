package io.virtdeck.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTreeTest {

  private static final ResourceKey VM = new ResourceKey("shop", "web-01");
  private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

  private static SnapshotRow snapshot(String name, int minute, String phase) {
    return new SnapshotRow(
        new ResourceKey("shop", name),
        VM,
        "",
        T0.plusSeconds(60L * minute),
        phase,
        phase.equals("Succeeded"),
        List.of("Online", "GuestAgent"),
        -1,
        "");
  }

  private static RestoreRow restore(String snapshot, int minute) {
    return new RestoreRow(
        new ResourceKey("shop", "r-" + minute),
        VM,
        snapshot,
        T0.plusSeconds(60L * minute),
        true,
        "");
  }

  @Test
  void noSnapshotsIsOnlyYouAreHere() {
    assertThat(SnapshotTree.build(List.of(), List.of())).containsExactly(SnapshotNode.youAreHere());
  }

  @Test
  void snapshotsInOrderMakeAChainEndingWithYouAreHere() {
    var a = snapshot("a", 1, "Succeeded");
    var b = snapshot("b", 2, "Succeeded");

    var roots = SnapshotTree.build(List.of(b, a), List.of());

    assertThat(roots).hasSize(1);
    assertThat(roots.get(0).snapshot()).isEqualTo(a);
    var second = roots.get(0).children().get(0);
    assertThat(second.snapshot()).isEqualTo(b);
    assertThat(second.children()).containsExactly(SnapshotNode.youAreHere());
  }

  @Test
  void aRevertStartsABranchAndMovesYouAreHere() {
    var a = snapshot("a", 1, "Succeeded");
    var b = snapshot("b", 2, "Succeeded");
    var c = snapshot("c", 4, "Succeeded");

    var roots = SnapshotTree.build(List.of(a, b, c), List.of(restore("a", 3)));

    var underA = roots.get(0).children();
    assertThat(underA)
        .extracting(n -> n.snapshot() == null ? "here" : n.snapshot().name())
        .containsExactly("b", "c");
    assertThat(underA.get(0).children()).isEmpty();
    assertThat(underA.get(1).children()).containsExactly(SnapshotNode.youAreHere());
  }

  @Test
  void youAreHereFollowsTheLastRevert() {
    var a = snapshot("a", 1, "Succeeded");
    var b = snapshot("b", 2, "Succeeded");

    var roots = SnapshotTree.build(List.of(a, b), List.of(restore("a", 3)));

    assertThat(roots.get(0).children())
        .extracting(SnapshotNode::youAreHereMarker)
        .containsExactly(false, true);
  }

  @Test
  void aFailedSnapshotDoesNotMoveTheVmAndIncompleteRestoresCountNot() {
    var a = snapshot("a", 1, "Succeeded");
    var failed = snapshot("f", 2, "Failed");
    var pending = new RestoreRow(new ResourceKey("shop", "r"), VM, "a", null, false, "");

    var roots = SnapshotTree.build(List.of(a, failed), List.of(pending));

    assertThat(roots.get(0).children())
        .extracting(n -> n.snapshot() == null ? "here" : n.snapshot().name())
        .containsExactly("f", "here");
  }

  @Test
  void aRevertToADeletedSnapshotIsIgnored() {
    var a = snapshot("a", 1, "Succeeded");

    var roots = SnapshotTree.build(List.of(a), List.of(restore("gone", 2)));

    assertThat(roots.get(0).children()).containsExactly(SnapshotNode.youAreHere());
  }
}
