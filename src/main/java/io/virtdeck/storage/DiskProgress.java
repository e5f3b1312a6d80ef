package io.virtdeck.storage;

import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.KubeValues;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.task.Message;
import io.virtdeck.task.Outcome;
import java.util.Map;
import java.util.Set;

/** How the cache shows a disk operation done. */
final class DiskProgress {

  private static final Set<String> CREATED =
      Set.of("Succeeded", "WaitForFirstConsumer", "PendingPopulation");

  private final ClusterCaches caches;

  DiskProgress(ClusterCaches caches) {
    this.caches = caches;
  }

  Outcome of(DiskChange change, ResourceKey vm, ResourceKey disk, boolean dv, String size) {
    return switch (change) {
      case CREATE -> dv ? created(disk) : exists(disk) ? Outcome.completed() : Outcome.pending();
      case ATTACH -> uses(vm, disk.name()) ? Outcome.completed() : Outcome.pending();
      case HOTPLUG ->
          uses(vm, disk.name()) && plugged(vm, disk.name())
              ? Outcome.completed()
              : Outcome.pending();
      case DETACH -> uses(vm, disk.name()) ? Outcome.pending() : Outcome.completed();
      case UNPLUG ->
          uses(vm, disk.name()) || plugged(vm, disk.name())
              ? Outcome.pending()
              : Outcome.completed();
      case EXPAND -> expanded(disk, size);
      case DELETE ->
          (dv ? caches.dataVolumes().get(disk).isPresent() : exists(disk))
              ? Outcome.pending()
              : Outcome.completed();
    };
  }

  private Outcome created(ResourceKey disk) {
    var dv = caches.dataVolumes().get(disk);
    if (dv.isEmpty()) {
      return Outcome.pending();
    }
    String phase = dv.get().getStatus() == null ? null : dv.get().getStatus().phase;
    if ("Failed".equals(phase)) {
      return Outcome.failed(Message.of("storage.failed.import", disk.toString()));
    }
    if (phase != null && CREATED.contains(phase)) {
      return Outcome.completed();
    }
    int progress = DiskRows.progress(dv.get());
    return progress >= 0 ? new Outcome.Pending(progress) : Outcome.pending();
  }

  private boolean exists(ResourceKey claim) {
    return caches.persistentVolumeClaims().get(claim).isPresent();
  }

  private boolean uses(ResourceKey vm, String volume) {
    VirtualMachine seen = caches.virtualMachines().get(vm).orElse(null);
    return seen != null && DiskOwners.diskNames(seen).contains(volume) && hasVolume(seen, volume);
  }

  private static boolean hasVolume(VirtualMachine vm, String volume) {
    var spec = vm.getSpec();
    var volumes =
        spec == null || spec.template == null || spec.template.spec == null
            ? null
            : spec.template.spec.volumes;
    return volumes != null && volumes.stream().anyMatch(v -> volume.equals(v.name));
  }

  /** The running instance reports the volume (Ready), or there is no instance. */
  private boolean plugged(ResourceKey vm, String volume) {
    var vmi = caches.virtualMachineInstances().get(vm).orElse(null);
    if (vmi == null) {
      return false;
    }
    Map<String, String> phases = VmDiskRows.phases(vmi);
    return "Ready".equals(phases.get(volume));
  }

  private Outcome expanded(ResourceKey claim, String size) {
    var pvc = caches.persistentVolumeClaims().get(claim);
    if (pvc.isEmpty()) {
      return Outcome.failed(Message.of("task.failed.gone", claim.toString()));
    }
    var capacity = pvc.get().getStatus() == null ? null : pvc.get().getStatus().getCapacity();
    long now = capacity == null ? -1 : KubeValues.bytesOrUnknown(capacity.get("storage"));
    long wanted = KubeValues.sizeBytes(size).orElse(Long.MAX_VALUE);
    return now >= wanted ? Outcome.completed() : Outcome.pending();
  }
}
