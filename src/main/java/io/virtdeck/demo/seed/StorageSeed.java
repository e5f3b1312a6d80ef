package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacity;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacityBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;

/**
 * Storage classes ("datastores": ceph-rbd expandable with CSIStorageCapacity objects, nfs-slow and
 * local-path without either), the snapshot class and the disks' claims.
 */
final class StorageSeed {

  static final String DEFAULT_CLASS = "ceph-rbd";

  private StorageSeed() {}

  static void seed(KubernetesClient admin) {
    storageClass(
        admin,
        "ceph-rbd",
        "rbd.csi.ceph.com",
        true,
        "Immediate",
        true,
        Map.of("clusterID", "ceph-lab", "pool", "kubevirt", "imageFeatures", "layering"));
    storageClass(
        admin,
        "local-path",
        "rancher.io/local-path",
        false,
        "WaitForFirstConsumer",
        false,
        Map.of());
    storageClass(
        admin,
        "nfs-slow",
        "nfs.csi.k8s.io",
        false,
        "Immediate",
        false,
        Map.of("server", "nfs.lab.example", "share", "/export/kubevirt"));
    // ceph-rbd publishes its free space per zone; nfs-slow and local-path publish none
    capacity(admin, "ceph-rbd-zone-a", "ceph-rbd", "zone-a", "1536Gi");
    capacity(admin, "ceph-rbd-zone-b", "ceph-rbd", "zone-b", "1200Gi");
    var snapshotClass =
        Json.object(
            "VolumeSnapshotClass",
            null,
            "ceph-rbd-snapclass",
            Json.strings(),
            Json.strings("snapshot.storage.kubernetes.io/is-default-class", "true"),
            Json.map(
                "driver", "rbd.csi.ceph.com",
                "deletionPolicy", "Delete",
                "parameters", Json.strings("clusterID", "ceph-lab")));
    Json.kind(admin, "VolumeSnapshotClass").resource(snapshotClass).create();
  }

  /** A CSIStorageCapacity: free space of the class in one topology segment. */
  private static void capacity(
      KubernetesClient admin, String name, String storageClass, String zone, String free) {
    admin
        .resources(CSIStorageCapacity.class)
        .inNamespace("kube-system")
        .resource(
            new CSIStorageCapacityBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace("kube-system")
                .withCreationTimestamp(NodeSeed.CREATED)
                .endMetadata()
                .withStorageClassName(storageClass)
                .withCapacity(new Quantity(free))
                .withMaximumVolumeSize(new Quantity("512Gi"))
                .withNewNodeTopology()
                .withMatchLabels(Map.of("topology.kubernetes.io/zone", zone))
                .endNodeTopology()
                .build())
        .create();
  }

  private static void storageClass(
      KubernetesClient admin,
      String name,
      String provisioner,
      boolean isDefault,
      String binding,
      boolean expansion,
      Map<String, String> parameters) {
    admin
        .storage()
        .v1()
        .storageClasses()
        .resource(
            new StorageClassBuilder()
                .withNewMetadata()
                .withName(name)
                .withAnnotations(
                    isDefault
                        ? Json.strings("storageclass.kubernetes.io/is-default-class", "true")
                        : Map.of())
                .withCreationTimestamp(NodeSeed.CREATED)
                .endMetadata()
                .withProvisioner(provisioner)
                .withReclaimPolicy("Delete")
                .withVolumeBindingMode(binding)
                .withAllowVolumeExpansion(expansion)
                .withParameters(parameters)
                .build())
        .create();
  }

  /** A Bound claim, as CDI leaves it after a successful import. */
  static PersistentVolumeClaim boundClaim(
      String namespace,
      String name,
      String size,
      String storageClass,
      Map<String, String> labels,
      Map<String, String> annotations) {
    var quantity = new Quantity(size);
    var accessMode = storageClass.equals("local-path") ? "ReadWriteOnce" : "ReadWriteMany";
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(namespace)
        .withLabels(labels)
        .withAnnotations(annotations)
        .withCreationTimestamp(NodeSeed.CREATED)
        .endMetadata()
        .withNewSpec()
        .withAccessModes(accessMode)
        .withVolumeMode(storageClass.equals("ceph-rbd") ? "Block" : "Filesystem")
        .withStorageClassName(storageClass)
        .withVolumeName("pvc-" + namespace + "-" + name)
        .withNewResources()
        .withRequests(Map.of("storage", quantity))
        .endResources()
        .endSpec()
        .withNewStatus()
        .withPhase("Bound")
        .withAccessModes(accessMode)
        .withCapacity(Map.of("storage", quantity))
        .endStatus()
        .build();
  }

  /** Claims nobody uses: a forgotten data disk and an old ISO upload. */
  static void seedOrphans(KubernetesClient admin, String firstNamespace, String lastNamespace) {
    admin
        .persistentVolumeClaims()
        .resource(
            boundClaim(
                firstNamespace,
                "old-data-disk",
                "50Gi",
                "ceph-rbd",
                Json.strings("app", "legacy"),
                Json.strings("virtdeck.io/notes", "Detached from a deleted VM in 2024")))
        .create();
    admin
        .persistentVolumeClaims()
        .resource(
            boundClaim(
                lastNamespace,
                "iso-upload-win2019",
                "6Gi",
                "nfs-slow",
                Json.strings("app", "iso"),
                Json.strings()))
        .create();
  }
}
