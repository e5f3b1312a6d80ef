package io.virtdeck.vm.rows;

import io.virtdeck.cluster.model.VirtualMachine;
import java.util.Map;

/**
 * A template is a stopped VM labelled {@value #LABEL}{@code : "true"}: the inventory shows it with
 * a template icon and power actions refuse it, as vSphere's templates cannot be powered on.
 */
public final class VmTemplates {

  /** The label that marks a VM as a template. */
  public static final String LABEL = "virtdeck.io/template";

  /** The label's value on a template. */
  public static final String VALUE = "true";

  private VmTemplates() {}

  /** Whether the VM is a template (its label says exactly {@code "true"}). */
  public static boolean isTemplate(VirtualMachine vm) {
    Map<String, String> labels = vm.getMetadata().getLabels();
    return labels != null && VALUE.equals(labels.get(LABEL));
  }
}
