package io.virtdeck.provision;

/**
 * A preference (the guest OS) as the wizard offers it: name, whether cluster-wide, display name, OS
 * type (linux, windows) and the least CPU and memory it requires ("" when none).
 */
public record PreferenceRow(
    String name,
    boolean cluster,
    String displayName,
    String osType,
    int minCpus,
    String minMemory) {

  public String kind() {
    return cluster ? "VirtualMachineClusterPreference" : "VirtualMachinePreference";
  }

  public boolean windows() {
    return "windows".equals(osType);
  }
}
