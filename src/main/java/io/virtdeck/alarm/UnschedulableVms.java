package io.virtdeck.alarm;

import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The alarms of VMs that cannot be scheduled, kept per instance as its changes come: of the
 * conditions VirtDeck raises alarms for, this is the one read from every instance, so a change
 * reads only the instance that changed, not all of them.
 */
final class UnschedulableVms {

  private final ResourceCache<VirtualMachineInstance> instances;
  private final Map<ResourceKey, Alarm> alarms = new ConcurrentHashMap<>();

  UnschedulableVms(ResourceCache<VirtualMachineInstance> instances) {
    this.instances = instances;
  }

  /**
   * Reads the instance's current state from the cache (after an event about it, or for every
   * instance once the caches have synced). Per key under the map's lock, so that a slower reading
   * of an older state cannot overwrite a newer one.
   */
  void refresh(ResourceKey key) {
    alarms.compute(
        key, (k, old) -> instances.get(k).flatMap(ConditionAlarms::unschedulable).orElse(null));
  }

  /** Reads every instance the cache holds. */
  void refreshAll() {
    instances.list().forEach(vmi -> refresh(io.virtdeck.cluster.Keys.of(vmi)));
  }

  List<Alarm> current() {
    return List.copyOf(alarms.values());
  }
}
