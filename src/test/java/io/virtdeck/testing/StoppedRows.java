package io.virtdeck.testing;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import java.time.Instant;
import java.util.List;

/** Grid rows of stopped VMs (2 vCPUs, 4 GiB), templates or not, for tests of the views. */
public final class StoppedRows {

  private StoppedRows() {}

  public static VmRow row(String namespace, String name, boolean template) {
    return new VmRow(
        new ResourceKey(namespace, name),
        PowerState.POWERED_OFF,
        "Stopped",
        "",
        List.of(),
        "",
        2,
        4L << 30,
        Instant.EPOCH,
        template);
  }
}
