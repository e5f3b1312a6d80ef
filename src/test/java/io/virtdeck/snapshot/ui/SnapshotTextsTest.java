package io.virtdeck.snapshot.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.storage.Amount;
import io.virtdeck.storage.Capacity;
import io.virtdeck.storage.Datastore;
import io.virtdeck.testing.TestUi;
import io.virtdeck.vm.rows.VmDisk;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapshotTextsTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  private static SnapshotRow row(String phase, String error) {
    return new SnapshotRow(
        new ResourceKey("shop", "snap-1"),
        new ResourceKey("shop", "web-01"),
        "",
        Instant.parse("2026-01-01T00:00:00Z"),
        phase,
        phase.equals("Succeeded"),
        List.of("Online", "GuestAgent"),
        -1,
        error);
  }

  @Test
  void aFailedSnapshotClaimsNoOnlineOrQuiescedState() {
    Div view = new Div();

    String failed = SnapshotTexts.indications(view, row("Failed", "no VolumeSnapshotClass"));

    assertThat(failed).isEmpty();
    assertThat(SnapshotTexts.indications(view, row("Succeeded", "")))
        .contains("Online")
        .contains("quiesced by the guest agent");
  }

  @Test
  void disksOnDatastoresWithoutAVolumeSnapshotClassAreNamedWithTheirDatastore() {
    Map<String, Datastore> stores =
        Map.of(
            "ceph-rbd",
            datastore("ceph-rbd", "csi-rbd-snap"),
            "nfs-slow",
            datastore("nfs-slow", ""));
    List<VmDisk> disks =
        List.of(
            disk("rootdisk", "ceph-rbd"),
            disk("data", "nfs-slow"),
            disk("cloudinit", ""),
            disk("gone", "deleted-class"));

    List<String> failing =
        SnapshotTexts.disksWithoutSnapshots(disks, name -> Optional.ofNullable(stores.get(name)));

    assertThat(failing).containsExactly("data (nfs-slow)");
  }

  private static Datastore datastore(String name, String snapshotClass) {
    Capacity unknown = new Capacity(Amount.UNKNOWN, Amount.UNKNOWN, Amount.UNKNOWN, Amount.UNKNOWN);
    return new Datastore(
        name, false, "driver." + name, "Delete", "Immediate", false, snapshotClass, unknown);
  }

  private static VmDisk disk(String name, String storageClass) {
    return new VmDisk(name, "disk", "virtio", "DataVolume", name, "10Gi", storageClass, 0, false);
  }
}
