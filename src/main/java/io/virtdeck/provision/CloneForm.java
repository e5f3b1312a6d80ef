package io.virtdeck.provision;

/**
 * What the user chose in the Clone dialog: the new VM's name (in the source's folder), whether it
 * gets new MAC addresses and a new SMBIOS serial (KubeVirt makes new ones unless the clone names
 * them), the label and annotation filters, one per line ({@code *}, {@code !example.com/*}), and
 * whether the new VM is a template (Clone to Template: the clone's {@code spec.patches} label it
 * and keep it halted).
 */
public record CloneForm(
    String target,
    boolean newMacs,
    boolean newSerial,
    String labelFilters,
    String annotationFilters,
    boolean asTemplate) {

  /** The dialog's defaults: {@code SOURCE-clone}, new MACs and serial, every label kept. */
  public static CloneForm defaults(CloneSource source) {
    return new CloneForm(source.key().name() + "-clone", true, true, "", "", false);
  }

  /** Clone to Template's defaults: {@code SOURCE-template}, labelled as a template. */
  public static CloneForm templateDefaults(CloneSource source) {
    return new CloneForm(source.key().name() + "-template", true, true, "", "", true);
  }
}
