package io.virtdeck.storage;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacity;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacityBuilder;
import io.virtdeck.cluster.model.DataVolume;
import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VmiSpec;
import java.util.List;
import java.util.Map;

/** Small Kubernetes objects for the storage unit tests. */
final class StorageFixtures {

  private StorageFixtures() {}

  static PersistentVolumeClaim claim(
      String ns, String name, String storageClass, String size, String phase) {
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withNamespace(ns)
        .withName(name)
        .withCreationTimestamp("2026-01-01T00:00:00Z")
        .endMetadata()
        .withNewSpec()
        .withStorageClassName(storageClass)
        .withAccessModes("ReadWriteOnce")
        .withNewResources()
        .withRequests(Map.of("storage", new Quantity(size)))
        .endResources()
        .endSpec()
        .withNewStatus()
        .withPhase(phase)
        .withCapacity("Bound".equals(phase) ? Map.of("storage", new Quantity(size)) : Map.of())
        .endStatus()
        .build();
  }

  static PersistentVolumeClaim ownedBy(PersistentVolumeClaim claim, String kind, String owner) {
    claim
        .getMetadata()
        .setOwnerReferences(
            List.of(new OwnerReferenceBuilder().withKind(kind).withName(owner).build()));
    return claim;
  }

  static PersistentVolume volume(String name, String storageClass, String size, String phase) {
    return new PersistentVolumeBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withNewSpec()
        .withStorageClassName(storageClass)
        .withCapacity(Map.of("storage", new Quantity(size)))
        .endSpec()
        .withNewStatus()
        .withPhase(phase)
        .endStatus()
        .build();
  }

  static CSIStorageCapacity published(String name, String storageClass, String free) {
    return new CSIStorageCapacityBuilder()
        .withNewMetadata()
        .withNamespace("kube-system")
        .withName(name)
        .endMetadata()
        .withStorageClassName(storageClass)
        .withCapacity(new Quantity(free))
        .build();
  }

  static DataVolume dataVolume(String ns, String name, String storageClass, String size) {
    DataVolume dv = new DataVolume();
    dv.getMetadata().setNamespace(ns);
    dv.getMetadata().setName(name);
    DataVolume.Spec spec = new DataVolume.Spec();
    spec.storage = new DataVolume.Storage();
    spec.storage.storageClassName = storageClass;
    spec.storage.resources = new DataVolume.Requests();
    spec.storage.resources.requests = Map.of("storage", size);
    dv.setSpec(spec);
    return dv;
  }

  /** A VM with one volume per claim name and per DataVolume name. */
  static VirtualMachine vm(String ns, String name, List<String> claims, List<String> dvs) {
    VirtualMachine vm = new VirtualMachine();
    vm.getMetadata().setNamespace(ns);
    vm.getMetadata().setName(name);
    VirtualMachine.Spec spec = new VirtualMachine.Spec();
    spec.template = new VirtualMachine.Template();
    spec.template.spec = new VmiSpec();
    spec.template.spec.volumes = new java.util.ArrayList<>();
    for (String claim : claims) {
      VmiSpec.Volume volume = new VmiSpec.Volume();
      volume.name = claim;
      volume.persistentVolumeClaim = new VmiSpec.ClaimRef();
      volume.persistentVolumeClaim.claimName = claim;
      spec.template.spec.volumes.add(volume);
    }
    for (String dv : dvs) {
      VmiSpec.Volume volume = new VmiSpec.Volume();
      volume.name = dv;
      volume.dataVolume = new VmiSpec.NamedRef();
      volume.dataVolume.name = dv;
      spec.template.spec.volumes.add(volume);
    }
    vm.setSpec(spec);
    return vm;
  }
}
