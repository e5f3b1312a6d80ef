package io.virtdeck.rvtools.testdata;

import java.util.List;

/** A generated vSphere estate: its VMs, hosts, datastores and port groups with their VLANs. */
public record Estate(
    String vcenter,
    String datacenter,
    String cluster,
    List<EstateVm> vms,
    List<Host> hosts,
    List<Datastore> datastores,
    List<PortGroup> portGroups) {

  public record Host(String name, int cores, long memoryMib, String cpuModel, String esxVersion) {}

  public record Datastore(String name, String type, long capacityMib, long freeMib) {}

  /** A port group: on a distributed switch (dvPort) or a standard one (vPort); VLAN 0 is none. */
  public record PortGroup(String name, String vswitch, int vlan, boolean distributed) {}
}
