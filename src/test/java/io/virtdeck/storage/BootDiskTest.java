package io.virtdeck.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.task.Message;
import io.virtdeck.vm.rows.VmDisk;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Detaching the disk a VM boots from, or its only disk, is warned about; other disks are not. */
class BootDiskTest {

  static VmDiskRow disk(String name, String type, int bootOrder) {
    return new VmDiskRow(
        new VmDisk(name, type, "virtio", "DataVolume", name, "10Gi", "ceph-rbd", bootOrder, false),
        "");
  }

  @Test
  void theDiskWithTheLowestBootOrderIsTheBootDisk() {
    List<VmDiskRow> disks =
        List.of(disk("data", "disk", 3), disk("cdrom", "cdrom", 1), disk("rootdisk", "disk", 2));
    assertThat(BootDisk.of(disks)).contains("rootdisk");
    assertThat(BootDisk.detachWarning(disks, "web-01", "rootdisk"))
        .contains(Message.of("storage.detach.boot-disk", "rootdisk", "web-01"));
    assertThat(BootDisk.detachWarning(disks, "web-01", "data")).isEmpty();
    assertThat(BootDisk.detachWarning(disks, "web-01", "cdrom")).isEmpty();
  }

  @Test
  void withoutBootOrdersTheFirstDiskBoots() {
    List<VmDiskRow> disks =
        List.of(disk("cdrom", "cdrom", 0), disk("os", "disk", 0), disk("data", "disk", 0));
    assertThat(BootDisk.of(disks)).contains("os");
    assertThat(BootDisk.detachWarning(disks, "vm", "os"))
        .map(Message::key)
        .contains("storage.detach.boot-disk");
    assertThat(BootDisk.detachWarning(disks, "vm", "data")).isEmpty();
  }

  @Test
  void theOnlyDiskIsWarnedAboutWhateverItsBootOrder() {
    List<VmDiskRow> disks = List.of(disk("cdrom", "cdrom", 1), disk("scratch", "disk", 0));
    assertThat(BootDisk.detachWarning(disks, "vm", "scratch"))
        .contains(Message.of("storage.detach.only-disk", "scratch", "vm"));
    assertThat(BootDisk.of(List.of(disk("cdrom", "cdrom", 1)))).isEqualTo(Optional.empty());
  }
}
