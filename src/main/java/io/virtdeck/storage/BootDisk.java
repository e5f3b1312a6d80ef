package io.virtdeck.storage;

import io.virtdeck.task.Message;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a VM's disks it boots from, so that detaching it is warned about: the disk (not a
 * CD-ROM) with the lowest boot order, or, where no disk has one, the first disk, as libvirt boots
 * then.
 */
public final class BootDisk {

  private BootDisk() {}

  /** The boot disk's name; empty when the VM has no disk but CD-ROMs. */
  public static Optional<String> of(List<VmDiskRow> disks) {
    List<VmDiskRow> drives = disks.stream().filter(d -> !d.cdrom()).toList();
    return drives.stream()
        .filter(d -> d.disk().bootOrder() > 0)
        .min(Comparator.comparingInt(d -> d.disk().bootOrder()))
        .or(() -> drives.stream().findFirst())
        .map(VmDiskRow::name);
  }

  /**
   * The warning for detaching {@code disk} from {@code vm}: it is the only disk, or the boot disk,
   * and without it the VM will not boot; empty for any other disk.
   */
  public static Optional<Message> detachWarning(List<VmDiskRow> disks, String vm, String disk) {
    long drives = disks.stream().filter(d -> !d.cdrom()).count();
    boolean isDrive = disks.stream().anyMatch(d -> d.name().equals(disk) && !d.cdrom());
    if (isDrive && drives == 1) {
      return Optional.of(Message.of("storage.detach.only-disk", disk, vm));
    }
    return of(disks).filter(disk::equals).map(d -> Message.of("storage.detach.boot-disk", d, vm));
  }
}
