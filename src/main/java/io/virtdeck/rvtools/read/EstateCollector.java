package io.virtdeck.rvtools.read;

import static io.virtdeck.rvtools.read.Numbers.truth;
import static io.virtdeck.rvtools.read.Numbers.whole;

import io.virtdeck.rvtools.sheets.Headings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the rows of each RVTools sheet into the estate's records, as they stream by. */
final class EstateCollector {

  final List<SourceVm> vms = new ArrayList<>();
  final List<SourceDisk> disks = new ArrayList<>();
  final List<SourceNic> nics = new ArrayList<>();
  final Map<String, Integer> snapshots = new HashMap<>();
  final Map<String, String> tools = new HashMap<>();
  final List<SourceEstate.Host> hosts = new ArrayList<>();
  final List<SourceEstate.Datastore> datastores = new ArrayList<>();
  final Map<String, Integer> vlans = new HashMap<>();

  /** vInfo's Network #n of each VM, used when the file has no vNetwork sheet. */
  final List<SourceNic> infoNics = new ArrayList<>();

  /** vInfo's Path datastore and provisioned MiB of each VM, used when it has no vDisk sheet. */
  final List<SourceDisk> infoDisks = new ArrayList<>();

  void info(Map<String, String> row) {
    String name = text(row, Headings.VM);
    if (name.isEmpty()) {
      return;
    }
    long provisioned =
        whole(
            text(row, Headings.PROVISIONED_MIB),
            whole(text(row, Headings.TOTAL_DISK_CAPACITY_MIB), -1));
    vms.add(
        new SourceVm(
            name,
            text(row, Headings.POWERSTATE),
            truth(text(row, Headings.TEMPLATE)),
            guestOs(row),
            text(row, Headings.FIRMWARE).toLowerCase(java.util.Locale.ROOT),
            truth(text(row, Headings.EFI_SECURE_BOOT)),
            (int) whole(text(row, Headings.CPUS), 0),
            whole(text(row, Headings.MEMORY), -1),
            provisioned,
            text(row, Headings.FOLDER),
            text(row, Headings.HOST),
            "",
            truth(text(row, Headings.CONSOLIDATION_NEEDED)),
            text(row, Headings.ANNOTATION),
            text(row, Headings.VM_UUID)));
    for (int n = 1; n <= 8; n++) {
      String network = text(row, "Network #" + n);
      if (!network.isEmpty()) {
        infoNics.add(new SourceNic(name, "Network adapter " + n, network, "", ""));
      }
    }
    String store = datastoreOf(text(row, Headings.PATH));
    if (!store.isEmpty()) {
      infoDisks.add(
          new SourceDisk(name, "all disks", store, Math.max(0, provisioned), false, "", ""));
    }
  }

  void disk(Map<String, String> row) {
    disks.add(
        new SourceDisk(
            text(row, Headings.VM),
            text(row, Headings.DISK),
            datastoreOf(
                text(row, Headings.DISK_PATH).isEmpty()
                    ? text(row, Headings.PATH)
                    : text(row, Headings.DISK_PATH)),
            whole(text(row, Headings.CAPACITY_MIB), 0),
            truth(text(row, Headings.RAW)),
            text(row, Headings.SHARING_MODE),
            text(row, Headings.SHARED_BUS)));
  }

  void nic(Map<String, String> row) {
    nics.add(
        new SourceNic(
            text(row, Headings.VM),
            text(row, Headings.NIC_LABEL),
            text(row, Headings.NETWORK),
            text(row, Headings.ADAPTER),
            text(row, Headings.MAC_ADDRESS)));
  }

  void snapshot(Map<String, String> row) {
    snapshots.merge(text(row, Headings.VM), 1, Integer::sum);
  }

  void tools(Map<String, String> row) {
    tools.put(text(row, Headings.VM), text(row, Headings.TOOLS));
  }

  void host(Map<String, String> row) {
    hosts.add(
        new SourceEstate.Host(
            text(row, Headings.HOST),
            (int) whole(text(row, Headings.CORES), 0),
            whole(text(row, Headings.HOST_MEMORY), -1)));
  }

  void datastore(Map<String, String> row) {
    datastores.add(
        new SourceEstate.Datastore(
            text(row, Headings.NAME),
            whole(text(row, Headings.CAPACITY_MIB), -1),
            whole(text(row, Headings.FREE_MIB), -1)));
  }

  void port(Map<String, String> row) {
    vlan(text(row, Headings.PORT_GROUP), text(row, Headings.VLAN));
  }

  void dvPort(Map<String, String> row) {
    vlan(text(row, Headings.PORT), text(row, Headings.VLAN));
  }

  /** A port group's VLAN: a number, or -1 for a trunk or a range (mapped by hand). */
  private void vlan(String portGroup, String vlan) {
    if (portGroup.isEmpty()) {
      return;
    }
    int id =
        vlan.strip().matches("\\d{1,4}") ? Integer.parseInt(vlan.strip()) : vlan.isBlank() ? 0 : -1;
    vlans.putIfAbsent(portGroup, id);
  }

  /** The datastore in "[DS-SSD-01] vm/vm.vmdk"; empty when the path has none. */
  static String datastoreOf(String path) {
    int open = path.indexOf('[');
    int close = path.indexOf(']', open + 1);
    return open < 0 || close < 0 ? "" : path.substring(open + 1, close).strip();
  }

  private static String guestOs(Map<String, String> row) {
    String configured = text(row, Headings.OS_CONFIG);
    return configured.isEmpty() ? text(row, Headings.OS_TOOLS) : configured;
  }

  private static String text(Map<String, String> row, String heading) {
    return row.getOrDefault(heading, "");
  }
}
