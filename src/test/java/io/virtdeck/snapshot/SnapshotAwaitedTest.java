package io.virtdeck.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.virtdeck.cluster.ResourceKey;
import org.junit.jupiter.api.Test;

/** A snapshot or revert task that times out names the snapshot or restore it waited for. */
class SnapshotAwaitedTest {

  static final ResourceKey VM = new ResourceKey("shop", "web-01");

  @Test
  void takeNamesTheSnapshotAndRevertTheRestore() {
    SnapshotStore store = mock(SnapshotStore.class);
    assertThat(new TakeSnapshotOperation(VM, "before-upgrade", "", store).awaited())
        .isEqualTo("VirtualMachineSnapshot shop/before-upgrade");
    assertThat(
            new RevertOperation(VM, "before-upgrade", "restore-before-upgrade-x", store).awaited())
        .isEqualTo("VirtualMachineRestore shop/restore-before-upgrade-x");
  }
}
