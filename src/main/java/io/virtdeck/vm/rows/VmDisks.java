package io.virtdeck.vm.rows;

import static io.virtdeck.vm.rows.VmRows.nonNull;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Pure translation of a VM's disk devices and volumes into virtual disks. */
public final class VmDisks {

  private VmDisks() {}

  public static List<VmDisk> of(VirtualMachine vm, StorageLookup storage) {
    VmiSpec spec = VmSpecs.templateSpec(vm);
    String namespace = nonNull(vm.getMetadata().getNamespace());
    return VmSpecs.disks(spec).stream()
        .map(disk -> toDisk(vm, namespace, disk, volume(spec, disk.name), storage))
        .toList();
  }

  private static VmDisk toDisk(
      VirtualMachine vm,
      String namespace,
      VmiSpec.Disk disk,
      VmiSpec.@Nullable Volume volume,
      StorageLookup storage) {
    String type = disk.cdrom != null ? "cdrom" : disk.lun != null ? "lun" : "disk";
    VmiSpec.Target target =
        disk.cdrom != null ? disk.cdrom : disk.lun != null ? disk.lun : disk.disk;
    String bus = target == null || target.bus == null ? "virtio" : target.bus;
    int boot = disk.bootOrder == null ? 0 : disk.bootOrder;
    String name = nonNull(disk.name);
    if (volume == null) {
      return new VmDisk(name, type, bus, "", "", "", "", boot, false);
    }
    if (volume.dataVolume != null) {
      String dv = nonNull(volume.dataVolume.name);
      DataVolume.Spec dvSpec =
          storage.dataVolume(namespace, dv).map(DataVolume::getSpec).orElse(template(vm, dv));
      Sized sized =
          dvSpec != null
              ? fromDataVolume(dvSpec)
              : storage.claim(namespace, dv).map(VmDisks::fromClaim).orElse(Sized.UNKNOWN);
      boolean hot = Boolean.TRUE.equals(volume.dataVolume.hotpluggable);
      return new VmDisk(
          name, type, bus, "DataVolume", dv, sized.size, sized.storageClass, boot, hot);
    }
    if (volume.persistentVolumeClaim != null) {
      String claim = nonNull(volume.persistentVolumeClaim.claimName);
      Sized sized = storage.claim(namespace, claim).map(VmDisks::fromClaim).orElse(Sized.UNKNOWN);
      boolean hot = Boolean.TRUE.equals(volume.persistentVolumeClaim.hotpluggable);
      return new VmDisk(
          name,
          type,
          bus,
          "PersistentVolumeClaim",
          claim,
          sized.size,
          sized.storageClass,
          boot,
          hot);
    }
    if (volume.containerDisk != null) {
      Object image = volume.containerDisk.get("image");
      return new VmDisk(
          name, type, bus, "containerDisk", String.valueOf(image), "", "", boot, false);
    }
    String kind =
        volume.cloudInitNoCloud != null || volume.cloudInitConfigDrive != null
            ? "cloudInit"
            : "other";
    return new VmDisk(name, type, bus, kind, "", "", "", boot, false);
  }

  private static VmiSpec.@Nullable Volume volume(VmiSpec spec, @Nullable String name) {
    return VmSpecs.orEmpty(spec.volumes).stream()
        .filter(v -> v.name != null && v.name.equals(name))
        .findFirst()
        .orElse(null);
  }

  private static DataVolume.@Nullable Spec template(VirtualMachine vm, String dataVolume) {
    var templates = vm.getSpec() == null ? null : vm.getSpec().dataVolumeTemplates;
    return VmSpecs.orEmpty(templates).stream()
        .filter(t -> t.metadata != null && dataVolume.equals(t.metadata.getName()))
        .map(t -> t.spec)
        .findFirst()
        .orElse(null);
  }

  private record Sized(String size, String storageClass) {
    static final Sized UNKNOWN = new Sized("", "");
  }

  private static Sized fromDataVolume(DataVolume.Spec spec) {
    DataVolume.Storage storage = spec.storage != null ? spec.storage : spec.pvc;
    if (storage == null) {
      return Sized.UNKNOWN;
    }
    Object size =
        storage.resources == null || storage.resources.requests == null
            ? null
            : storage.resources.requests.get("storage");
    return new Sized(size == null ? "" : size.toString(), nonNull(storage.storageClassName));
  }

  private static Sized fromClaim(PersistentVolumeClaim claim) {
    var capacity = claim.getStatus() == null ? null : claim.getStatus().getCapacity();
    var requests =
        claim.getSpec().getResources() == null
            ? null
            : claim.getSpec().getResources().getRequests();
    var size =
        Optional.ofNullable(capacity)
            .map(c -> c.get("storage"))
            .or(() -> Optional.ofNullable(requests).map(r -> r.get("storage")));
    return new Sized(
        size.map(Object::toString).orElse(""), nonNull(claim.getSpec().getStorageClassName()));
  }
}
