package io.virtdeck.provision;

import static io.virtdeck.cluster.JsonPatch.op;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.vm.rows.VmTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pure: the JSON patches (RFC 6902) of Convert to Template and Convert to Virtual Machine, which
 * change only the template label. Converting to a template tests that the VM still may not run as
 * the user saw it (its run strategy, or {@code running}), so that a VM started meanwhile is refused
 * with a 409 rather than labelled; a VM without labels gets the whole map, after a test of its
 * resourceVersion, so that labels added meanwhile are never replaced.
 */
public final class TemplatePatch {

  static final String LABEL_PATH = "/metadata/labels/" + SettingsPatch.escape(VmTemplates.LABEL);

  private TemplatePatch() {}

  /** The operations that make the VM a template. */
  public static List<Map<String, Object>> toTemplate(VirtualMachine vm) {
    List<Map<String, Object>> ops = new ArrayList<>();
    VirtualMachine.Spec spec = vm.getSpec();
    if (spec != null && spec.runStrategy != null) {
      ops.add(op("test", "/spec/runStrategy", spec.runStrategy));
    } else if (spec != null && spec.running != null) {
      ops.add(op("test", "/spec/running", spec.running));
    }
    Map<String, String> labels = vm.getMetadata().getLabels();
    if (labels == null || labels.isEmpty()) {
      ops.add(op("test", "/metadata/resourceVersion", vm.getMetadata().getResourceVersion()));
      ops.add(op("add", "/metadata/labels", Map.of(VmTemplates.LABEL, VmTemplates.VALUE)));
    } else {
      ops.add(op("add", LABEL_PATH, VmTemplates.VALUE));
    }
    return ops;
  }

  /** The operations that make the template a VM again: the label goes, if it is still there. */
  public static List<Map<String, Object>> toVirtualMachine() {
    return List.of(op("test", LABEL_PATH, VmTemplates.VALUE), op("remove", LABEL_PATH, null));
  }
}
