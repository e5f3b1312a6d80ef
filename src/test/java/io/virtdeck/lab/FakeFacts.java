package io.virtdeck.lab;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.vm.rows.PowerState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lab facts set by hand, for the unit tests of step conditions. */
final class FakeFacts implements LabFacts {

  final Map<ResourceKey, PowerState> power = new HashMap<>();
  final List<PortGroup> portGroups = new ArrayList<>();
  final Map<ResourceKey, List<String>> nics = new HashMap<>();
  final Map<ResourceKey, List<Snapshot>> snapshots = new HashMap<>();
  final Map<ResourceKey, Long> restores = new HashMap<>();
  final Map<ResourceKey, List<String>> migrations = new HashMap<>();
  final Map<ResourceKey, Map<String, String>> labels = new HashMap<>();

  @Override
  public Optional<PowerState> power(ResourceKey vm) {
    return Optional.ofNullable(power.get(vm));
  }

  @Override
  public List<PortGroup> portGroups() {
    return portGroups;
  }

  @Override
  public List<String> nicNetworks(ResourceKey vm) {
    return nics.getOrDefault(vm, List.of());
  }

  @Override
  public List<Snapshot> snapshots(ResourceKey vm) {
    return snapshots.getOrDefault(vm, List.of());
  }

  @Override
  public long restoresComplete(ResourceKey vm) {
    return restores.getOrDefault(vm, 0L);
  }

  @Override
  public List<String> migrationPhases(ResourceKey vm) {
    return migrations.getOrDefault(vm, List.of());
  }

  @Override
  public Map<String, String> labels(ResourceKey vm) {
    return labels.getOrDefault(vm, Map.of());
  }
}
