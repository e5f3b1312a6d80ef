package io.virtdeck.host;

import static io.virtdeck.host.HostFixtures.node;
import static io.virtdeck.host.HostFixtures.vmi;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostRowsTest {

  private static final long GIB = 1024L * 1024 * 1024;

  @Test
  void capacityAllocatableAndWhatItsVmsRequest() {
    var row =
        HostRows.of(
            node("worker-01", 32, 256, true, false),
            List.of(vmi("a", "worker-01", 4, "8Gi"), vmi("b", "worker-01", 2, "4Gi")));
    assertThat(row.cpuCapacity()).isEqualTo(32_000);
    assertThat(row.cpuAllocatable()).isEqualTo(31_500);
    assertThat(row.cpuRequested()).isEqualTo(600); // 100m per vCPU, KubeVirt's default ratio
    assertThat(row.memoryCapacity()).isEqualTo(256 * GIB);
    assertThat(row.memoryAllocatable()).isEqualTo(254 * GIB);
    assertThat(row.memoryRequested()).isEqualTo(12 * GIB);
    assertThat(row.freeMemory()).isEqualTo(242 * GIB);
    assertThat(row.vmCount()).isEqualTo(2);
    assertThat(row.state()).isEqualTo(HostState.CONNECTED);
  }

  @Test
  void statesFollowReadinessAndCordon() {
    assertThat(HostRows.of(node("n", 4, 8, false, false), List.of()).state())
        .isEqualTo(HostState.NOT_RESPONDING);
    assertThat(HostRows.of(node("n", 4, 8, true, true), List.of()).state())
        .isEqualTo(HostState.MAINTENANCE);
    assertThat(HostRows.of(node("n", 4, 8, true, true), List.of(vmi("a", "n", 1, "1Gi"))).state())
        .isEqualTo(HostState.ENTERING_MAINTENANCE);
  }
}
