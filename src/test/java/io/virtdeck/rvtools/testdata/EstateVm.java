package io.virtdeck.rvtools.testdata;

import java.util.List;

/** One VM of a generated vSphere estate, as RVTools would describe it. */
public record EstateVm(
    String name,
    String powerState,
    boolean template,
    String guestOs,
    String firmware,
    boolean secureBoot,
    int cpus,
    int sockets,
    long memoryMib,
    String folder,
    String host,
    String tools,
    List<Disk> disks,
    List<Nic> nics,
    List<Snapshot> snapshots,
    String annotation,
    String uuid) {

  /** A virtual disk: {@code raw} for an RDM, {@code sharing} as RVTools writes it. */
  public record Disk(
      String datastore,
      long capacityMib,
      boolean raw,
      String rawMode,
      String sharing,
      boolean thin) {}

  /** A network adapter on a port group. */
  public record Nic(String portGroup, String adapter, String mac, String ipv4, boolean connected) {}

  /** A snapshot. */
  public record Snapshot(String name, String description, long sizeMib, boolean quiesced) {}

  public long provisionedMib() {
    return disks.stream().mapToLong(Disk::capacityMib).sum();
  }
}
