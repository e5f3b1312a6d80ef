package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.virtdeck.cluster.Keys;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which VMs own or use each disk, pure: through a VM's volumes (claim or DataVolume name), its
 * dataVolumeTemplates, and owner references (a claim owned by a DataVolume owned by a VM).
 */
public final class DiskOwners {

  private final Map<ResourceKey, Set<ResourceKey>> owners = new LinkedHashMap<>();

  private DiskOwners() {}

  public static DiskOwners of(
      List<VirtualMachine> vms, List<? extends HasMetadata> claims, List<DataVolume> dvs) {
    DiskOwners result = new DiskOwners();
    for (VirtualMachine vm : vms) {
      ResourceKey key = Keys.of(vm);
      for (String disk : diskNames(vm)) {
        result.add(new ResourceKey(key.namespace(), disk), key);
      }
    }
    for (DataVolume dv : dvs) {
      result.fromReferences(dv, Map.of());
    }
    Map<String, ResourceKey> dvOwners = new LinkedHashMap<>();
    for (DataVolume dv : dvs) {
      result.owners.getOrDefault(Keys.of(dv), Set.of()).stream()
          .findFirst()
          .ifPresent(vm -> dvOwners.put(dv.getMetadata().getName(), vm));
    }
    claims.forEach(claim -> result.fromReferences(claim, dvOwners));
    return result;
  }

  /** The claims and DataVolumes a VM's volumes and templates name. */
  public static List<String> diskNames(VirtualMachine vm) {
    Set<String> names = new LinkedHashSet<>();
    var spec = vm.getSpec();
    VmiSpec template =
        spec == null || spec.template == null || spec.template.spec == null
            ? null
            : spec.template.spec;
    if (template != null && template.volumes != null) {
      for (VmiSpec.Volume volume : template.volumes) {
        if (volume.dataVolume != null && volume.dataVolume.name != null) {
          names.add(volume.dataVolume.name);
        }
        if (volume.persistentVolumeClaim != null
            && volume.persistentVolumeClaim.claimName != null) {
          names.add(volume.persistentVolumeClaim.claimName);
        }
      }
    }
    if (spec != null && spec.dataVolumeTemplates != null) {
      spec.dataVolumeTemplates.stream()
          .filter(t -> t.metadata != null && t.metadata.getName() != null)
          .forEach(t -> names.add(t.metadata.getName()));
    }
    return new ArrayList<>(names);
  }

  private void fromReferences(HasMetadata object, Map<String, ResourceKey> dvOwners) {
    ResourceKey disk = Keys.of(object);
    List<OwnerReference> references = object.getMetadata().getOwnerReferences();
    if (references == null) {
      return;
    }
    for (OwnerReference reference : references) {
      if ("VirtualMachine".equals(reference.getKind())) {
        add(disk, new ResourceKey(disk.namespace(), reference.getName()));
      } else if ("DataVolume".equals(reference.getKind())
          && dvOwners.containsKey(reference.getName())) {
        add(disk, dvOwners.get(reference.getName()));
      }
    }
  }

  private void add(ResourceKey disk, ResourceKey vm) {
    owners.computeIfAbsent(disk, k -> new LinkedHashSet<>()).add(vm);
  }

  /** The VMs that use or own the disk, in the order found. */
  public List<ResourceKey> of(ResourceKey disk) {
    return List.copyOf(owners.getOrDefault(disk, Set.of()));
  }
}
