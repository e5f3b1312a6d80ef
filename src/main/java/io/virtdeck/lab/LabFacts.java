package io.virtdeck.lab;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What step conditions read of the cluster, limited to what one user may see: an object outside
 * their scope is as absent.
 */
public interface LabFacts {

  /** A port group: its namespace, name and VLAN (0: none). */
  record PortGroup(String namespace, String name, int vlan) {}

  /** A snapshot of a VM: its name and whether it is ready to use. */
  record Snapshot(String name, boolean ready) {}

  Optional<PowerState> power(ResourceKey vm);

  List<PortGroup> portGroups();

  /** The port groups the VM's adapters are on (multus network names, as written in its spec). */
  List<String> nicNetworks(ResourceKey vm);

  List<Snapshot> snapshots(ResourceKey vm);

  /** How many restores of the VM have completed. */
  long restoresComplete(ResourceKey vm);

  /** The phases of the VM's migrations. */
  List<String> migrationPhases(ResourceKey vm);

  Map<String, String> labels(ResourceKey vm);
}
