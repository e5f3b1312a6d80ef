package io.virtdeck.snapshot;

import io.fabric8.kubernetes.api.model.Quantity;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ObjectYaml;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.VirtualMachineRestore;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.VmDisk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads snapshots and restores from the shared caches, as rows and as YAML. */
@Component
class SnapshotStore {

  private final ClusterCaches caches;
  private final VmInventory inventory;

  SnapshotStore(ClusterCaches caches, VmInventory inventory) {
    this.caches = caches;
    this.inventory = inventory;
  }

  /** The VM's snapshots, with the sizes of its disks that {@code sizes} lets the user see. */
  List<SnapshotRow> snapshotsOf(ResourceKey vm, UserScopes sizes) {
    Map<String, Long> disks = diskBytes(vm, sizes);
    return caches.snapshots().list(vm.namespace()).stream()
        .filter(s -> SnapshotRows.vmName(s).equals(vm.name()))
        .map(s -> SnapshotRows.row(s, disks))
        .toList();
  }

  List<RestoreRow> restoresOf(ResourceKey vm) {
    return caches.restores().list(vm.namespace()).stream()
        .map(SnapshotRows::row)
        .filter(r -> r.vm().equals(vm))
        .toList();
  }

  /**
   * Every snapshot in the namespaces of {@code scope}, sized as {@code sizes} lets the user see.
   */
  List<SnapshotRow> all(NamespaceScope scope, UserScopes sizes) {
    Map<ResourceKey, Map<String, Long>> disks = new HashMap<>();
    return caches.snapshots().list().stream()
        .filter(s -> scope.includes(s.getMetadata().getNamespace()))
        .map(
            s -> {
              var vm = new ResourceKey(s.getMetadata().getNamespace(), SnapshotRows.vmName(s));
              return SnapshotRows.row(s, disks.computeIfAbsent(vm, k -> diskBytes(k, sizes)));
            })
        .toList();
  }

  Optional<SnapshotRow> snapshot(ResourceKey key) {
    return caches.snapshots().get(key).map(s -> SnapshotRows.row(s, Map.of()));
  }

  Optional<RestoreRow> restore(ResourceKey key) {
    return caches.restores().get(key).map(SnapshotRows::row);
  }

  String snapshotYaml(ResourceKey key) {
    return caches.snapshots().get(key).map(ObjectYaml::of).orElse("");
  }

  String restoreYaml(ResourceKey key) {
    Optional<VirtualMachineRestore> restore = caches.restores().get(key);
    return restore.map(ObjectYaml::of).orElse("");
  }

  String vmYaml(ResourceKey key) {
    return caches.virtualMachines().get(key).map(ObjectYaml::of).orElse("");
  }

  /**
   * The size of each of the VM's disks, by volume name, where the Summary knows it: from the claims
   * and DataVolumes the user may list.
   */
  Map<String, Long> diskBytes(ResourceKey vm, UserScopes scopes) {
    Map<String, Long> sizes = new HashMap<>();
    inventory
        .summary(vm, scopes)
        .ifPresent(
            summary -> {
              for (VmDisk disk : summary.disks()) {
                bytes(disk.size()).ifPresent(b -> sizes.put(disk.name(), b));
              }
            });
    return sizes;
  }

  private static Optional<Long> bytes(String size) {
    try {
      return size.isBlank()
          ? Optional.empty()
          : Optional.of(new Quantity(size).getNumericalAmount().longValue());
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
