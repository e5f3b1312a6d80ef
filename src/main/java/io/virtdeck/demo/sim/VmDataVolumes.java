package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What virt-controller and the garbage collector do with a VM's DataVolumes: each of its {@code
 * dataVolumeTemplates} whose DataVolume is missing is created, owned by the VM (event {@code
 * SuccessfulDataVolumeCreate}), whether the VM runs or not; a VM boots only once the DataVolumes
 * its volumes name have Succeeded ({@link #ready}); a DataVolume's progress wakes its VM; and the
 * DataVolumes a deleted VM owned are deleted (background propagation).
 */
final class VmDataVolumes {

  private final KubernetesClient admin;
  private final SimEvents events;
  private @Nullable SharedIndexInformer<GenericKubernetesResource> informer;

  VmDataVolumes(KubernetesClient admin, SimEvents events) {
    this.admin = admin;
    this.events = events;
  }

  /** Watches DataVolumes; a change of one owned by a VM calls {@code wake} with the VM's key. */
  SharedIndexInformer<GenericKubernetesResource> start(
      java.util.concurrent.Executor executor, BiConsumer<String, String> wake) {
    var dvs = Api.op(admin, Api.DATA_VOLUME).inAnyNamespace().runnableInformer(0);
    dvs.addEventHandler(
        Tasks.handler(
            executor,
            dv -> {
              String owner = vmOwner(dv);
              if (owner != null) {
                wake.accept(dv.getMetadata().getNamespace(), owner);
              }
            },
            dv -> {}));
    dvs.run();
    informer = dvs;
    return dvs;
  }

  /** Creates the VM's missing template DataVolumes. */
  void ensure(GenericKubernetesResource vm) {
    List<Map<String, Object>> templates = Api.get(vm, "spec", "dataVolumeTemplates");
    if (templates == null || vm.getMetadata().getDeletionTimestamp() != null) {
      return;
    }
    String ns = vm.getMetadata().getNamespace();
    for (var template : templates) {
      Map<String, Object> metadata = map(template.get("metadata"));
      String name = metadata.get("name") instanceof String n ? n : null;
      if (name == null || cached(ns, name) != null) {
        continue;
      }
      var dv = new GenericKubernetesResource();
      dv.setApiVersion("cdi.kubevirt.io/v1beta1");
      dv.setKind("DataVolume");
      dv.setMetadata(
          new ObjectMetaBuilder()
              .withName(name)
              .withNamespace(ns)
              .withLabels(strings(metadata.get("labels")))
              .withAnnotations(strings(metadata.get("annotations")))
              .withOwnerReferences(owner(vm))
              .build());
      dv.setAdditionalProperties(new LinkedHashMap<>(Map.of("spec", map(template.get("spec")))));
      try {
        Api.op(admin, Api.DATA_VOLUME).inNamespace(ns).resource(dv).create();
      } catch (KubernetesClientException e) {
        if (!Api.isConflict(e)) {
          throw e;
        }
        continue;
      }
      events.normal(
          vm,
          "SuccessfulDataVolumeCreate",
          "Created DataVolume " + name,
          SimEvents.CONTROLLER,
          null);
    }
  }

  /** Whether every DataVolume the VM's volumes name exists and has Succeeded. */
  boolean ready(GenericKubernetesResource vm) {
    List<Map<String, Object>> volumes = Api.get(vm, "spec", "template", "spec", "volumes");
    if (volumes == null) {
      return true;
    }
    String ns = vm.getMetadata().getNamespace();
    for (var volume : volumes) {
      if (volume.get("dataVolume") instanceof Map<?, ?> ref
          && ref.get("name") instanceof String name
          && !Boolean.TRUE.equals(ref.get("hotpluggable"))) {
        var dv = Api.op(admin, Api.DATA_VOLUME).inNamespace(ns).withName(name).get();
        if (dv == null || !"Succeeded".equals(Api.get(dv, "status", "phase"))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Deletes the DataVolumes and claims the deleted VM owned, as the garbage collector does. */
  void collect(GenericKubernetesResource vm) {
    String uid = vm.getMetadata().getUid();
    String ns = vm.getMetadata().getNamespace();
    for (var dv : Api.op(admin, Api.DATA_VOLUME).inNamespace(ns).list().getItems()) {
      List<OwnerReference> owners = dv.getMetadata().getOwnerReferences();
      if (owners != null && owners.stream().anyMatch(o -> Objects.equals(o.getUid(), uid))) {
        Api.op(admin, Api.DATA_VOLUME)
            .inNamespace(ns)
            .withName(dv.getMetadata().getName())
            .delete();
      }
    }
    for (var claim : admin.persistentVolumeClaims().inNamespace(ns).list().getItems()) {
      List<OwnerReference> owners = claim.getMetadata().getOwnerReferences();
      if (owners != null && owners.stream().anyMatch(o -> Objects.equals(o.getUid(), uid))) {
        admin
            .persistentVolumeClaims()
            .inNamespace(ns)
            .withName(claim.getMetadata().getName())
            .delete();
      }
    }
  }

  private @Nullable GenericKubernetesResource cached(String ns, String name) {
    var dvs = informer;
    return dvs == null ? null : dvs.getStore().getByKey(ns + "/" + name);
  }

  private static @Nullable String vmOwner(GenericKubernetesResource dv) {
    List<OwnerReference> owners = dv.getMetadata().getOwnerReferences();
    return owners == null
        ? null
        : owners.stream()
            .filter(o -> "VirtualMachine".equals(o.getKind()))
            .map(OwnerReference::getName)
            .findFirst()
            .orElse(null);
  }

  private static OwnerReference owner(GenericKubernetesResource vm) {
    return new OwnerReferenceBuilder()
        .withApiVersion("kubevirt.io/v1")
        .withKind("VirtualMachine")
        .withName(vm.getMetadata().getName())
        .withUid(vm.getMetadata().getUid())
        .withController(true)
        .withBlockOwnerDeletion(true)
        .build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, String> strings(@Nullable Object value) {
    Map<String, String> result = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
    }
    return result;
  }
}
