package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the VirtualMachineSnapshotContent of a succeeded snapshot: the VM's metadata and spec as
 * they were, and one volume backup per claim-backed volume, ready to use.
 */
final class SnapshotContents {

  private final KubernetesClient admin;
  private final StatusWriter writer;

  SnapshotContents(KubernetesClient admin, StatusWriter writer) {
    this.admin = admin;
    this.writer = writer;
  }

  void create(
      GenericKubernetesResource snapshot,
      GenericKubernetesResource vm,
      List<SnapshotVolumes.Volume> claims,
      Instant now) {
    var backups = new ArrayList<Object>();
    for (var volume : claims) {
      var claim = volume.claim();
      backups.add(
          map(
              "volumeName", volume.name(),
              "persistentVolumeClaim",
                  map(
                      "metadata",
                      map("name", claim.getMetadata().getName()),
                      "spec",
                      claim.getSpec()),
              "volumeSnapshotName",
                  "vmsnapshot-" + snapshot.getMetadata().getUid() + "-volume-" + volume.name()));
    }
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(
        "metadata",
        map(
            "name",
            vm.getMetadata().getName(),
            "namespace",
            vm.getMetadata().getNamespace(),
            "uid",
            vm.getMetadata().getUid(),
            "labels",
            vm.getMetadata().getLabels(),
            "annotations",
            vm.getMetadata().getAnnotations()));
    source.put("spec", vm.get("spec"));
    var content = new GenericKubernetesResource();
    content.setApiVersion("snapshot.kubevirt.io/v1beta1");
    content.setKind("VirtualMachineSnapshotContent");
    content.setMetadata(
        new ObjectMetaBuilder()
            .withName(SnapshotLifecycle.contentName(snapshot))
            .withNamespace(snapshot.getMetadata().getNamespace())
            .build());
    content.setAdditionalProperties(
        new LinkedHashMap<>(
            map(
                "spec",
                map(
                    "source", map("virtualMachine", source),
                    "virtualMachineSnapshotName", snapshot.getMetadata().getName(),
                    "volumeBackups", backups))));
    String ns = snapshot.getMetadata().getNamespace();
    Api.op(admin, Api.CONTENT).inNamespace(ns).resource(content).create();
    writer.patchStatus(
        Api.CONTENT,
        ns,
        SnapshotLifecycle.contentName(snapshot),
        map("readyToUse", true, "creationTime", now.toString()));
  }
}
