package io.virtdeck.provision;

import io.virtdeck.vm.rows.VmTemplates;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VirtualMachineClone ({@code clone.kubevirt.io/v1beta1}) for a clone: its source (VM or
 * snapshot) and target VM; {@code newMacAddresses} and {@code newSMBiosSerial} only to keep the
 * source's (KubeVirt generates new ones for what they leave out); the filters only when given
 * (without them KubeVirt copies every label and annotation).
 */
final class CloneManifests {

  static final String API_VERSION = "clone.kubevirt.io/v1beta1";

  private CloneManifests() {}

  static Map<String, Object> clone(String name, CloneSource source, CloneForm form) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("source", reference(source.apiGroup(), source.kind(), source.key().name()));
    spec.put("target", reference("kubevirt.io", "VirtualMachine", form.target().strip()));
    if (!form.newMacs() && !source.macs().isEmpty()) {
      spec.put("newMacAddresses", new LinkedHashMap<>(source.macs()));
    }
    if (!form.newSerial() && !source.serial().isEmpty()) {
      spec.put("newSMBiosSerial", source.serial());
    }
    List<String> labels = form.asTemplate() ? List.of() : filters(form.labelFilters());
    if (!labels.isEmpty()) {
      spec.put("labelFilters", labels);
    }
    List<String> annotations = filters(form.annotationFilters());
    if (!annotations.isEmpty()) {
      spec.put("annotationFilters", annotations);
    }
    if (form.asTemplate()) {
      spec.put("patches", templatePatches(source));
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    metadata.put("namespace", source.key().namespace());
    Map<String, Object> clone = new LinkedHashMap<>();
    clone.put("apiVersion", API_VERSION);
    clone.put("kind", "VirtualMachineClone");
    clone.put("metadata", metadata);
    clone.put("spec", spec);
    return clone;
  }

  /**
   * Clone to Template's patches of the new VM: the template label (added to the labels the clone
   * copies, or as the only one when the source has none) and the Halted run strategy, so that the
   * template never starts. For a VM with the deprecated {@code spec.running}, which KubeVirt copies
   * as {@code false} and which excludes a run strategy, that field is removed first.
   */
  static List<String> templatePatches(CloneSource source) {
    String label =
        source.labelled()
            ? "{\"op\":\"add\",\"path\":\"%s\",\"value\":\"%s\"}"
                .formatted(TemplatePatch.LABEL_PATH, VmTemplates.VALUE)
            : "{\"op\":\"add\",\"path\":\"/metadata/labels\",\"value\":{\"%s\":\"%s\"}}"
                .formatted(VmTemplates.LABEL, VmTemplates.VALUE);
    String halted = "{\"op\":\"add\",\"path\":\"/spec/runStrategy\",\"value\":\"Halted\"}";
    return source.legacyRunning()
        ? List.of(label, "{\"op\":\"remove\",\"path\":\"/spec/running\"}", halted)
        : List.of(label, halted);
  }

  /** The filters typed, one per line or separated by commas, blanks left out. */
  static List<String> filters(String text) {
    return Arrays.stream(text.split("[,\\n]"))
        .map(String::strip)
        .filter(f -> !f.isEmpty())
        .toList();
  }

  private static Map<String, Object> reference(String group, String kind, String name) {
    Map<String, Object> reference = new LinkedHashMap<>();
    reference.put("apiGroup", group);
    reference.put("kind", kind);
    reference.put("name", name);
    return reference;
  }
}
