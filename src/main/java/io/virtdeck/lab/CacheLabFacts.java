package io.virtdeck.lab;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.host.Migrations;
import io.virtdeck.network.CniConfigs;
import io.virtdeck.network.NicRow;
import io.virtdeck.network.VmNicRows;
import io.virtdeck.vm.VmInventory;
import io.virtdeck.vm.rows.PowerState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Lab facts read from the shared caches, each kind limited to the user's scope for it. */
final class CacheLabFacts implements LabFacts {

  private final ClusterCaches caches;
  private final VmInventory inventory;
  private final UserScopes scopes;

  CacheLabFacts(ClusterCaches caches, VmInventory inventory, UserScopes scopes) {
    this.caches = caches;
    this.inventory = inventory;
    this.scopes = scopes;
  }

  @Override
  public Optional<PowerState> power(ResourceKey vm) {
    return inventory.summary(vm, scopes).map(s -> s.row().powerState());
  }

  @Override
  public List<PortGroup> portGroups() {
    return caches.networkAttachmentDefinitions().list().stream()
        .filter(
            n ->
                scopes
                    .of(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS)
                    .includes(n.getMetadata().getNamespace()))
        .map(
            n -> {
              var key = new ResourceKey(n.getMetadata().getNamespace(), n.getMetadata().getName());
              var group =
                  CniConfigs.parse(
                      key,
                      n.getSpec() == null ? null : n.getSpec().config,
                      n.getMetadata().getAnnotations());
              return new PortGroup(key.namespace(), key.name(), group.vlan());
            })
        .toList();
  }

  @Override
  public List<String> nicNetworks(ResourceKey vm) {
    Optional<VirtualMachine> found = vm(vm);
    return found.map(v -> VmNicRows.of(v, instance(vm).orElse(null))).orElse(List.of()).stream()
        .map(NicRow::networkName)
        .toList();
  }

  @Override
  public List<Snapshot> snapshots(ResourceKey vm) {
    if (!scopes.of(CachedKind.SNAPSHOTS).includes(vm.namespace())) {
      return List.of();
    }
    return caches.snapshots().list().stream()
        .filter(s -> vm.namespace().equals(s.getMetadata().getNamespace()))
        .filter(
            s ->
                s.getSpec() != null
                    && s.getSpec().source != null
                    && vm.name().equals(s.getSpec().source.get("name")))
        .map(
            s ->
                new Snapshot(
                    s.getMetadata().getName(),
                    s.getStatus() != null && Boolean.TRUE.equals(s.getStatus().readyToUse)))
        .toList();
  }

  @Override
  public long restoresComplete(ResourceKey vm) {
    if (!scopes.of(CachedKind.RESTORES).includes(vm.namespace())) {
      return 0;
    }
    return caches.restores().list().stream()
        .filter(r -> vm.namespace().equals(r.getMetadata().getNamespace()))
        .filter(
            r ->
                r.getSpec() != null
                    && r.getSpec().target != null
                    && vm.name().equals(r.getSpec().target.get("name")))
        .filter(r -> r.getStatus() != null && Boolean.TRUE.equals(r.getStatus().complete))
        .count();
  }

  @Override
  public List<String> migrationPhases(ResourceKey vm) {
    if (!scopes.of(CachedKind.MIGRATIONS).includes(vm.namespace())) {
      return List.of();
    }
    return caches.migrations().list().stream()
        .filter(m -> vm.namespace().equals(m.getMetadata().getNamespace()))
        .filter(m -> vm.name().equals(Migrations.vmiName(m)))
        .map(Migrations::phase)
        .toList();
  }

  @Override
  public Map<String, String> labels(ResourceKey vm) {
    return vm(vm).map(v -> v.getMetadata().getLabels()).filter(Objects::nonNull).orElse(Map.of());
  }

  /** The VM's instance, where the user may list instances: its adapters as they run. */
  private Optional<VirtualMachineInstance> instance(ResourceKey vm) {
    return scopes.includes(CachedKind.VIRTUAL_MACHINE_INSTANCES, vm.namespace())
        ? caches.virtualMachineInstances().get(vm)
        : Optional.empty();
  }

  private Optional<VirtualMachine> vm(ResourceKey vm) {
    return scopes.of(CachedKind.VIRTUAL_MACHINES).includes(vm.namespace())
        ? caches.virtualMachines().get(vm)
        : Optional.empty();
  }
}
