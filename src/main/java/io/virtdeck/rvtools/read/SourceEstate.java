package io.virtdeck.rvtools.read;

import java.util.List;
import java.util.Map;

/**
 * A vSphere estate as its RVTools export describes it: VMs, their disks, adapters and snapshot
 * counts, hosts, datastores, and the VLAN of each port group (from vPort and dvPort); {@code
 * missing} names the optional sheets the file lacks, so the plan can say what it could not check.
 */
public record SourceEstate(
    List<SourceVm> vms,
    List<SourceDisk> disks,
    List<SourceNic> nics,
    Map<String, Integer> snapshots,
    List<Host> hosts,
    List<Datastore> datastores,
    Map<String, Integer> vlans,
    List<String> missing) {

  public SourceEstate {
    vms = List.copyOf(vms);
    disks = List.copyOf(disks);
    nics = List.copyOf(nics);
    snapshots = Map.copyOf(snapshots);
    hosts = List.copyOf(hosts);
    datastores = List.copyOf(datastores);
    vlans = Map.copyOf(vlans);
    missing = List.copyOf(missing);
  }

  /** A source host: cores and memory in MiB. */
  public record Host(String name, int cores, long memoryMib) {}

  /** A source datastore: capacity and free space in MiB (-1 when unknown). */
  public record Datastore(String name, long capacityMib, long freeMib) {}
}
