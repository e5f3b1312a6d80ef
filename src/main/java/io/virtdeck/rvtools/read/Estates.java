package io.virtdeck.rvtools.read;

import io.virtdeck.rvtools.sheets.Sheets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The estate from what was collected, vInfo filling in for the sheets the file lacks. */
final class Estates {

  private static final List<String> OPTIONAL =
      List.of(
          Sheets.V_DISK,
          Sheets.V_NETWORK,
          Sheets.V_SNAPSHOT,
          Sheets.V_TOOLS,
          Sheets.V_HOST,
          Sheets.V_DATASTORE);

  private Estates() {}

  static SourceEstate of(EstateCollector c, Set<String> sheets) {
    var vms =
        c.tools.isEmpty()
            ? c.vms
            : c.vms.stream()
                .map(
                    vm ->
                        new SourceVm(
                            vm.name(),
                            vm.powerState(),
                            vm.template(),
                            vm.guestOs(),
                            vm.firmware(),
                            vm.secureBoot(),
                            vm.cpus(),
                            vm.memoryMib(),
                            vm.provisionedMib(),
                            vm.folder(),
                            vm.host(),
                            c.tools.getOrDefault(vm.name(), ""),
                            vm.consolidationNeeded(),
                            vm.annotation(),
                            vm.uuid()))
                .toList();
    List<String> missing = OPTIONAL.stream().filter(s -> !sheets.contains(s)).toList();
    if (!sheets.contains(Sheets.V_PORT) && !sheets.contains(Sheets.DV_PORT)) {
      missing =
          Stream.concat(missing.stream(), Stream.of(Sheets.V_PORT + "/" + Sheets.DV_PORT)).toList();
    }
    return new SourceEstate(
        vms,
        sheets.contains(Sheets.V_DISK) ? c.disks : c.infoDisks,
        sheets.contains(Sheets.V_NETWORK) ? c.nics : c.infoNics,
        c.snapshots,
        c.hosts,
        c.datastores,
        c.vlans,
        missing);
  }
}
