package io.virtdeck.storage;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.vm.rows.StorageLookup;
import io.virtdeck.vm.rows.VmDisk;
import io.virtdeck.vm.rows.VmDisks;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Pure: a VM's disks, with the volume phases its running instance reports. */
public final class VmDiskRows {

  private VmDiskRows() {}

  public static List<VmDiskRow> of(
      VirtualMachine vm, @Nullable VirtualMachineInstance vmi, StorageLookup storage) {
    Map<String, String> phases = phases(vmi);
    return VmDisks.of(vm, storage).stream()
        .map(d -> new VmDiskRow(withClaimSize(d, vm, storage), phases.getOrDefault(d.name(), "")))
        .toList();
  }

  /** The size of a claim-backed disk is its claim's (which grows when expanded). */
  private static VmDisk withClaimSize(VmDisk disk, VirtualMachine vm, StorageLookup storage) {
    boolean claimBacked =
        disk.sourceKind().equals("DataVolume") || disk.sourceKind().equals("PersistentVolumeClaim");
    if (!claimBacked) {
      return disk;
    }
    return storage
        .claim(vm.getMetadata().getNamespace(), disk.source())
        .map(Claims::size)
        .filter(size -> !size.isEmpty())
        .map(
            size ->
                new VmDisk(
                    disk.name(),
                    disk.type(),
                    disk.bus(),
                    disk.sourceKind(),
                    disk.source(),
                    size,
                    disk.storageClass(),
                    disk.bootOrder(),
                    disk.hotplugged()))
        .orElse(disk);
  }

  /** Volume name → phase from the instance's {@code status.volumeStatus}. */
  static Map<String, String> phases(@Nullable VirtualMachineInstance vmi) {
    var statuses = vmi == null || vmi.getStatus() == null ? null : vmi.getStatus().volumeStatus;
    if (statuses == null) {
      return Map.of();
    }
    return statuses.stream()
        .filter(s -> s.name != null)
        .collect(Collectors.toMap(s -> s.name, s -> s.phase == null ? "" : s.phase, (a, b) -> a));
  }
}
