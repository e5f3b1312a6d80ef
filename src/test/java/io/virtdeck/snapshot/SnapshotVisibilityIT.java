package io.virtdeck.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.testing.TaskTestbed;
import io.virtdeck.vm.VmInventory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user who may not list VirtualMachineSnapshots in a namespace sees none of them there through
 * any per-VM path (helpdesk in shop), though the shared cache holds them.
 */
class SnapshotVisibilityIT {

  private static final ResourceKey WEB_01 = new ResourceKey("shop", "web-01");
  private static final UserIdentity STRANGER = UserIdentity.of("stranger", List.of());

  private static TaskTestbed bed;
  private static VmInventory inventory;
  private static Snapshots snapshots;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    inventory = new VmInventory(bed.cluster.caches, bed.cluster.connection);
    snapshots =
        new Snapshots(
            new SnapshotStore(bed.cluster.caches, inventory),
            bed.cluster.caches,
            inventory,
            bed.reviews);
  }

  @AfterAll
  static void stop() {
    inventory.destroy();
    bed.close();
  }

  @Test
  void usersWhoMayListSnapshotsSeeTheVmsSnapshots() {
    await().until(() -> !snapshots.snapshotsOf(TaskTestbed.OPERATOR, WEB_01).isEmpty());

    assertThat(snapshots.snapshotsOf(TaskTestbed.SHOP_OWNER, WEB_01)).isNotEmpty();
    assertThat(snapshots.tree(TaskTestbed.OPERATOR, WEB_01)).isNotEmpty();
    assertThat(snapshots.namesIn(TaskTestbed.OPERATOR, "shop")).isNotEmpty();
  }

  @Test
  void usersWhoMayNotListSnapshotsThereSeeNoneThroughAnyPath() {
    await().until(() -> !snapshots.snapshotsOf(TaskTestbed.OPERATOR, WEB_01).isEmpty());

    for (UserIdentity user : List.of(TaskTestbed.HELPDESK, STRANGER)) {
      assertThat(snapshots.scope(user).includes("shop")).isFalse();
      assertThat(snapshots.snapshotsOf(user, WEB_01)).as(user.username()).isEmpty();
      assertThat(snapshots.tree(user, WEB_01)).as(user.username()).isEmpty();
      assertThat(snapshots.namesIn(user, "shop")).as(user.username()).isEmpty();
    }
  }
}
