package io.virtdeck.rvtools.export;

import io.virtdeck.vm.rows.VmDisk;
import io.virtdeck.vm.rows.VmNic;
import io.virtdeck.vm.rows.VmSummary;
import java.util.List;

/**
 * One VM as the RVTools-style workbook describes it: the Summary VirtDeck shows (grid row, disks,
 * adapters, notes, guest agent) and what only the workbook needs (template mark, firmware, CPU
 * topology, SMBIOS UUID and uid, the OS each source reports, disk sizes in bytes; -1 where
 * unknown).
 */
public record VmFacts(
    VmSummary summary,
    String datacenter,
    boolean template,
    String dnsName,
    int sockets,
    int coresPerSocket,
    String firmware,
    String machineType,
    boolean secureBoot,
    String smbiosUuid,
    String vmUuid,
    String configuredOs,
    String toolsOs,
    List<DiskFacts> disks,
    long provisionedBytes,
    long inUseBytes) {

  public VmFacts {
    disks = List.copyOf(disks);
  }

  public String name() {
    return summary.row().name();
  }

  public String folder() {
    return summary.row().namespace();
  }

  public List<VmNic> nics() {
    return summary.nics();
  }

  /**
   * A virtual disk with its size ({@code capacityBytes}, -1 when unknown: a container disk or
   * cloud-init), whether it is shared by several VMs (KubeVirt's {@code shareable}) and its place.
   */
  public record DiskFacts(VmDisk disk, int unit, long capacityBytes, boolean shared) {}
}
