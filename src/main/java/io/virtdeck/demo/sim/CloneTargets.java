package io.virtdeck.demo.sim;

import static io.virtdeck.demo.sim.Api.map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The VM a VirtualMachineClone creates, built from the source's metadata and spec (a VM's, or the
 * one kept in a snapshot's content): every field kept, labels and annotations as the clone's
 * filters let through (the template's by {@code spec.template}'s filters), each interface with the
 * MAC the clone names for it or a new one, the SMBIOS serial the clone names or a new one, no
 * firmware UUID (KubeVirt derives a new one), powered off, and each disk a new DataVolume of its
 * own ({@code TARGET-VOLUME}) cloned from the source's claim or volume snapshot.
 */
final class CloneTargets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private CloneTargets() {}

  /** The target's DataVolume for one disk of the source. */
  static String diskName(String target, String volume) {
    return target + "-" + volume;
  }

  /**
   * @param disks the source's disks by volume name: each its new DataVolume's spec (its source and
   *     storage)
   */
  @SuppressWarnings("unchecked")
  static GenericKubernetesResource target(
      String ns,
      String name,
      GenericKubernetesResource source,
      Map<String, Object> sourceSpec,
      Map<String, Object> cloneSpec,
      Map<String, Map<String, Object>> disks) {
    Map<String, Object> spec = copy(sourceSpec);
    if (spec.containsKey("running")) {
      spec.put("running", false); // as KubeVirt's restore leaves a VM that used the old field
    } else {
      spec.put("runStrategy", "Halted");
    }
    Map<String, Object> template = child(spec, "template");
    Map<String, Object> templateMeta = child(template, "metadata");
    Map<String, Object> filters =
        cloneSpec.get("template") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    templateMeta.put(
        "labels",
        KeyFilters.apply(
            (Map<String, String>) templateMeta.get("labels"),
            (List<String>) filters.get("labelFilters")));
    templateMeta.put(
        "annotations",
        KeyFilters.apply(
            (Map<String, String>) templateMeta.get("annotations"),
            (List<String>) filters.get("annotationFilters")));
    Map<String, Object> vmi = child(template, "spec");
    Map<String, Object> domain = child(vmi, "domain");
    macs(child(domain, "devices"), (Map<String, String>) cloneSpec.get("newMacAddresses"));
    Map<String, Object> firmware = child(domain, "firmware");
    firmware.remove("uuid");
    Object serial = cloneSpec.get("newSMBiosSerial");
    firmware.put("serial", serial != null ? serial : UUID.randomUUID().toString());
    disks(spec, vmi, name, disks);
    var target = new GenericKubernetesResource();
    target.setApiVersion("kubevirt.io/v1");
    target.setKind("VirtualMachine");
    target.setMetadata(
        new ObjectMetaBuilder()
            .withName(name)
            .withNamespace(ns)
            .withLabels(
                KeyFilters.apply(
                    source.getMetadata().getLabels(), (List<String>) cloneSpec.get("labelFilters")))
            .withAnnotations(
                KeyFilters.apply(
                    source.getMetadata().getAnnotations(),
                    (List<String>) cloneSpec.get("annotationFilters")))
            .build());
    target.setAdditionalProperties(new LinkedHashMap<>(map("spec", spec)));
    return target;
  }

  /** A new locally administered unicast MAC address. */
  static String newMac() {
    byte[] bytes = new byte[5];
    RANDOM.nextBytes(bytes);
    StringBuilder mac = new StringBuilder("02");
    for (byte b : bytes) {
      mac.append(':').append("%02x".formatted(b));
    }
    return mac.toString();
  }

  @SuppressWarnings("unchecked")
  private static void macs(Map<String, Object> devices, @Nullable Map<String, String> chosen) {
    Object interfaces = devices.get("interfaces");
    if (!(interfaces instanceof List<?> list)) {
      return;
    }
    for (Object entry : list) {
      Map<String, Object> iface = (Map<String, Object>) entry;
      String named = chosen == null ? null : chosen.get(String.valueOf(iface.get("name")));
      iface.put("macAddress", named != null ? named : newMac());
    }
  }

  /** Points each cloned disk's volume at its new DataVolume, with a template for each. */
  @SuppressWarnings("unchecked")
  private static void disks(
      Map<String, Object> spec,
      Map<String, Object> vmi,
      String target,
      Map<String, Map<String, Object>> disks) {
    List<Object> templates = new ArrayList<>();
    Object volumes = vmi.get("volumes");
    if (volumes instanceof List<?> list) {
      for (Object entry : list) {
        Map<String, Object> volume = (Map<String, Object>) entry;
        Map<String, Object> dataVolume = disks.get(String.valueOf(volume.get("name")));
        if (dataVolume == null) {
          continue;
        }
        String disk = diskName(target, String.valueOf(volume.get("name")));
        volume.remove("persistentVolumeClaim");
        volume.put("dataVolume", map("name", disk));
        templates.add(map("metadata", map("name", disk), "spec", dataVolume));
      }
    }
    spec.put("dataVolumeTemplates", templates);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> child(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.computeIfAbsent(key, k -> new HashMap<String, Object>());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> spec) {
    return Serialization.unmarshal(Serialization.asJson(spec), LinkedHashMap.class);
  }
}
