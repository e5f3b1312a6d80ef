package io.virtdeck.provision;

import java.util.List;

/**
 * What the New VM wizard offers one user, read with their identity: instance types, preferences,
 * boot sources, and the datastores, port groups and disks of the chosen folder. A list the user may
 * not read is empty, and {@code unreadable} names it.
 */
public record Catalog(
    List<InstanceTypeRow> instanceTypes,
    List<PreferenceRow> preferences,
    List<BootSourceRow> bootSources,
    List<String> unreadable) {

  public Catalog {
    instanceTypes = List.copyOf(instanceTypes);
    preferences = List.copyOf(preferences);
    bootSources = List.copyOf(bootSources);
    unreadable = List.copyOf(unreadable);
  }

  public java.util.Optional<InstanceTypeRow> instanceType(String name) {
    return instanceTypes.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public java.util.Optional<PreferenceRow> preference(String name) {
    return preferences.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public java.util.Optional<BootSourceRow> bootSource(io.virtdeck.cluster.ResourceKey key) {
    return bootSources.stream().filter(b -> b.key().equals(key)).findFirst();
  }
}
