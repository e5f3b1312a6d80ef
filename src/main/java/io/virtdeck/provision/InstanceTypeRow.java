package io.virtdeck.provision;

/**
 * An instance type as the New VM wizard offers it: name (series.size), whether cluster-wide, its
 * series and size, vCPUs and guest memory, and its description.
 */
public record InstanceTypeRow(
    String name,
    boolean cluster,
    String series,
    String size,
    int cpus,
    String memory,
    String description) {

  /** The kind a VM names it with. */
  public String kind() {
    return cluster ? "VirtualMachineClusterInstancetype" : "VirtualMachineInstancetype";
  }
}
