package io.virtdeck.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A disk task that times out names the object it waited for, not "the virtual machine". */
class DiskOperationAwaitedTest {

  static final ResourceKey VM = new ResourceKey("shop", "web-01");
  static final ResourceKey DISK = new ResourceKey("shop", "web-01-disk-2");

  static DiskOperation operation(DiskChange change, ResourceKey target, boolean dataVolume) {
    return new DiskOperation(
        mock(ClusterCaches.class),
        change,
        target,
        DISK,
        dataVolume,
        "10Gi",
        ApiCall.post("/x", "{}"),
        List.of());
  }

  @Test
  void createNamesTheDataVolumeOrTheClaimAndHotplugTheVm() {
    assertThat(operation(DiskChange.CREATE, DISK, true).awaited())
        .isEqualTo("DataVolume shop/web-01-disk-2");
    assertThat(operation(DiskChange.CREATE, DISK, false).awaited())
        .isEqualTo("PersistentVolumeClaim shop/web-01-disk-2");
    assertThat(operation(DiskChange.EXPAND, DISK, false).awaited())
        .isEqualTo("PersistentVolumeClaim shop/web-01-disk-2");
    assertThat(operation(DiskChange.HOTPLUG, VM, true).awaited())
        .isEqualTo("VirtualMachine shop/web-01");
  }
}
