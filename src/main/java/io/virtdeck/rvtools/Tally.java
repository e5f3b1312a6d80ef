package io.virtdeck.rvtools;

import io.virtdeck.host.HostDetails;
import io.virtdeck.host.HostRow;
import io.virtdeck.rvtools.export.Lines.DatastoreLine;
import io.virtdeck.rvtools.export.Lines.HostLine;
import io.virtdeck.rvtools.export.VmFacts;
import io.virtdeck.storage.Datastore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the export counts while it walks the VMs, for the host and datastore sheets: only the
 * exported VMs count, so that a user learns nothing of VMs they may not see.
 */
final class Tally {

  private record OnHost(int vms, int vcpus, long memory) {}

  private final Map<String, OnHost> hosts = new HashMap<>();
  private final Map<String, Integer> datastores = new HashMap<>();

  void count(VmFacts vm) {
    String host = vm.summary().row().host();
    if (!host.isEmpty()) {
      long memory = Math.max(0, vm.summary().row().memoryBytes());
      hosts.merge(
          host,
          new OnHost(1, vm.summary().row().vcpus(), memory),
          (a, b) -> new OnHost(a.vms + b.vms, a.vcpus + b.vcpus, a.memory + b.memory));
    }
    Set<String> classes = new HashSet<>();
    vm.disks().forEach(d -> classes.add(d.disk().storageClass()));
    classes.stream().filter(c -> !c.isEmpty()).forEach(c -> datastores.merge(c, 1, Integer::sum));
  }

  HostLine host(HostRow host, HostDetails details, String datacenter) {
    OnHost on = hosts.getOrDefault(host.name(), new OnHost(0, 0, 0));
    return new HostLine(host, details, datacenter, on.vms, on.vcpus, on.memory);
  }

  DatastoreLine datastore(Datastore datastore) {
    return new DatastoreLine(datastore, datastores.getOrDefault(datastore.name(), 0));
  }
}
