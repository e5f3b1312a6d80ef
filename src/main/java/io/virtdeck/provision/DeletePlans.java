package io.virtdeck.provision;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VmiSpec;
import io.virtdeck.storage.DiskRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Pure: the objects Delete from Disk lists for a VM, from its volumes and dataVolumeTemplates (each
 * DataVolume or claim once) and the Secrets its cloud-init reads.
 */
final class DeletePlans {

  private DeletePlans() {}

  /**
   * @param disk the datastore's row of a DataVolume or claim (size, users), if it exists
   * @param object the DataVolume or claim itself, for its owner references
   */
  static DeletePlan of(
      VirtualMachine vm,
      boolean running,
      Function<ResourceKey, Optional<DiskRow>> disk,
      Function<ResourceKey, Optional<? extends HasMetadata>> object) {
    ResourceKey key = io.virtdeck.cluster.Keys.of(vm);
    String uid = String.valueOf(vm.getMetadata().getUid());
    List<DeleteItem> items = new ArrayList<>();
    for (String name : claimNames(vm)) {
      ResourceKey claim = new ResourceKey(key.namespace(), name);
      Optional<DiskRow> row = disk.apply(claim);
      if (row.isEmpty()) {
        continue;
      }
      boolean owned = object.apply(claim).map(o -> ownedBy(o, uid)).orElse(false);
      List<ResourceKey> others = row.get().vms().stream().filter(v -> !v.equals(key)).toList();
      items.add(
          new DeleteItem(
              claim,
              row.get().kind().equals("DataVolume")
                  ? DeleteItem.Kind.DATA_VOLUME
                  : DeleteItem.Kind.CLAIM,
              row.get().size(),
              row.get().storageClass(),
              owned,
              others));
    }
    for (String secret : secretNames(vm)) {
      items.add(
          new DeleteItem(
              new ResourceKey(key.namespace(), secret),
              DeleteItem.Kind.SECRET,
              "",
              "",
              false,
              List.of()));
    }
    return new DeletePlan(key, uid, running, items);
  }

  static boolean ownedBy(HasMetadata object, String uid) {
    List<OwnerReference> owners = object.getMetadata().getOwnerReferences();
    return owners != null && owners.stream().anyMatch(o -> uid.equals(o.getUid()));
  }

  /** The index of the owner reference to {@code uid}; -1 when there is none. */
  static int ownerIndex(HasMetadata object, String uid) {
    List<OwnerReference> owners = object.getMetadata().getOwnerReferences();
    if (owners == null) {
      return -1;
    }
    for (int i = 0; i < owners.size(); i++) {
      if (uid.equals(owners.get(i).getUid())) {
        return i;
      }
    }
    return -1;
  }

  private static Set<String> claimNames(VirtualMachine vm) {
    Set<String> names = new LinkedHashSet<>();
    for (VmiSpec.Volume volume : volumes(vm)) {
      if (volume.dataVolume != null && volume.dataVolume.name != null) {
        names.add(volume.dataVolume.name);
      }
      if (volume.persistentVolumeClaim != null && volume.persistentVolumeClaim.claimName != null) {
        names.add(volume.persistentVolumeClaim.claimName);
      }
    }
    var spec = vm.getSpec();
    if (spec != null && spec.dataVolumeTemplates != null) {
      spec.dataVolumeTemplates.stream()
          .filter(t -> t.metadata != null && t.metadata.getName() != null)
          .forEach(t -> names.add(t.metadata.getName()));
    }
    return names;
  }

  /** The Secrets named by cloud-init volumes ({@code secretRef}, {@code networkDataSecretRef}). */
  static Set<String> secretNames(VirtualMachine vm) {
    Set<String> names = new LinkedHashSet<>();
    for (VmiSpec.Volume volume : volumes(vm)) {
      for (Map<String, Object> cloudInit : cloudInits(volume)) {
        for (String ref : List.of("secretRef", "networkDataSecretRef")) {
          if (cloudInit.get(ref) instanceof Map<?, ?> secret
              && secret.get("name") instanceof String name) {
            names.add(name);
          }
        }
      }
    }
    return names;
  }

  private static List<Map<String, Object>> cloudInits(VmiSpec.Volume volume) {
    List<Map<String, Object>> result = new ArrayList<>();
    addIfSet(result, volume.cloudInitNoCloud);
    addIfSet(result, volume.cloudInitConfigDrive);
    return result;
  }

  private static void addIfSet(
      List<Map<String, Object>> list, @Nullable Map<String, Object> value) {
    if (value != null) {
      list.add(new LinkedHashMap<>(value));
    }
  }

  private static List<VmiSpec.Volume> volumes(VirtualMachine vm) {
    var spec = vm.getSpec();
    return spec == null
            || spec.template == null
            || spec.template.spec == null
            || spec.template.spec.volumes == null
        ? List.of()
        : spec.template.spec.volumes;
  }
}
