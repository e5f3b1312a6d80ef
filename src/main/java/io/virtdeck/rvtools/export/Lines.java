package io.virtdeck.rvtools.export;

import io.virtdeck.host.HostDetails;
import io.virtdeck.host.HostRow;
import io.virtdeck.snapshot.SnapshotRow;
import io.virtdeck.storage.Datastore;
import io.virtdeck.vm.rows.VmNic;

/** The lines of the sheets that are not one line per VM. */
public final class Lines {

  private Lines() {}

  /** A vDisk line: one virtual disk of a VM. */
  public record DiskLine(VmFacts vm, VmFacts.DiskFacts disk) {}

  /** A vNetwork line: one network adapter of a VM, {@code index} counting from 0. */
  public record NicLine(VmFacts vm, int index, VmNic nic) {}

  /** A vSnapshot line: one snapshot of a VM. */
  public record SnapshotLine(VmFacts vm, SnapshotRow snapshot) {}

  /**
   * A vHost line: a host, with the VMs of the export on it (their count, vCPUs and memory in
   * bytes).
   */
  public record HostLine(
      HostRow host, HostDetails details, String datacenter, int vms, int vcpus, long vramBytes) {}

  /** A vDatastore line: a datastore and how many VMs of the export have a disk on it. */
  public record DatastoreLine(Datastore datastore, int vms) {}
}
