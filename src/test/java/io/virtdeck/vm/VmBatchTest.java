package io.virtdeck.vm;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.vm.table.VmTableTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A batch of changes refreshes each changed row once, with its last state, or reloads the list. */
class VmBatchTest {

  private final ResourceKey a = new ResourceKey("shop", "a");
  private final ResourceKey b = new ResourceKey("shop", "b");
  private final Map<ResourceKey, VmRow> current = new HashMap<>();

  @Test
  void manyChangesToOneRowBecomeOneUpdateWithTheLastState() {
    current.put(a, VmTableTest.row("shop", "a", PowerState.STARTING, "10.0.0.1"));
    current.put(a, VmTableTest.row("shop", "a", PowerState.POWERED_ON, "10.0.0.9"));
    current.put(b, VmTableTest.row("shop", "b", PowerState.POWERED_OFF, "10.0.0.2"));

    VmBatch batch =
        VmBatch.of(List.of(a, b, a, a), 7, 7, key -> Optional.ofNullable(current.get(key)));

    assertThat(batch.all()).isFalse();
    assertThat(batch.rows())
        .extracting(VmRow::name, VmRow::powerState, VmRow::ipAddresses)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", PowerState.POWERED_ON, List.of("10.0.0.9")),
            org.assertj.core.groups.Tuple.tuple("b", PowerState.POWERED_OFF, List.of("10.0.0.2")));
  }

  @Test
  void aVmAddedOrRemovedReloadsTheList() {
    current.put(a, VmTableTest.row("shop", "a", PowerState.POWERED_ON, "10.0.0.1"));

    assertThat(VmBatch.of(List.of(a), 7, 8, key -> Optional.ofNullable(current.get(key))).all())
        .isTrue();
    assertThat(VmBatch.of(List.of(b), 7, 7, key -> Optional.ofNullable(current.get(key))).all())
        .isTrue();
  }
}
