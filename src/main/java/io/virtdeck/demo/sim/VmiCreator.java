package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What virt-controller does to start and stop a VM: creates its VMI from the template (event {@code
 * SuccessfulCreate} on the VM) or deletes it (event {@code SuccessfulDelete}).
 */
final class VmiCreator {

  private static final Logger LOG = LoggerFactory.getLogger(VmiCreator.class);

  private final KubernetesClient admin;
  private final SimEvents events;

  VmiCreator(KubernetesClient admin, SimEvents events) {
    this.admin = admin;
    this.events = events;
  }

  void create(GenericKubernetesResource vm) {
    var meta = vm.getMetadata();
    Map<String, String> templateLabels = Api.get(vm, "spec", "template", "metadata", "labels");
    var labels =
        new LinkedHashMap<String, String>(templateLabels == null ? Map.of() : templateLabels);
    labels.put("kubevirt.io/domain", meta.getName());
    var vmi = new GenericKubernetesResource();
    vmi.setApiVersion("kubevirt.io/v1");
    vmi.setKind("VirtualMachineInstance");
    vmi.setMetadata(
        new ObjectMetaBuilder()
            .withName(meta.getName())
            .withNamespace(meta.getNamespace())
            .withLabels(labels)
            .withAnnotations(Map.of("kubevirt.io/latest-observed-api-version", "v1"))
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion("kubevirt.io/v1")
                    .withKind("VirtualMachine")
                    .withName(meta.getName())
                    .withUid(meta.getUid())
                    .withController(true)
                    .withBlockOwnerDeletion(true)
                    .build())
            .build());
    vmi.setAdditionalProperties(
        new LinkedHashMap<>(InstancetypeExpansion.apply(admin, vm, Statuses.vmiBody(vm))));
    LOG.debug("VM {}/{}: creating VMI", meta.getNamespace(), meta.getName());
    try {
      Api.op(admin, Api.VMI).inNamespace(meta.getNamespace()).resource(vmi).create();
    } catch (KubernetesClientException e) {
      if (!Api.isConflict(e)) {
        throw e;
      }
      LOG.debug("VMI {}/{} exists already", meta.getNamespace(), meta.getName());
      return;
    }
    events.normal(
        vm,
        "SuccessfulCreate",
        "Started the virtual machine by creating the new virtual machine instance "
            + meta.getName(),
        SimEvents.CONTROLLER,
        null);
  }

  /**
   * Deletes the VMI of a halted VM and records it on the VM.
   *
   * @param vmi the VMI as last seen, for its uid (the name if unknown)
   */
  void stop(GenericKubernetesResource vm, @Nullable GenericKubernetesResource vmi) {
    var meta = vm.getMetadata();
    if (!delete(meta.getNamespace(), meta.getName())) {
      return;
    }
    String uid = vmi == null ? null : vmi.getMetadata().getUid();
    events.normal(
        vm,
        "SuccessfulDelete",
        "Stopped the virtual machine by deleting the virtual machine instance "
            + (uid == null ? meta.getName() : uid),
        SimEvents.CONTROLLER,
        null);
  }

  /** Deletes the VMI; whether there was one. */
  boolean delete(String ns, String name) {
    LOG.debug("Deleting VMI {}/{}", ns, name);
    return !Api.op(admin, Api.VMI).inNamespace(ns).withName(name).delete().isEmpty();
  }
}
