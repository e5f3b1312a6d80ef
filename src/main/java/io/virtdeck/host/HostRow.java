package io.virtdeck.host;

/**
 * One host as the Hosts tree and tables show it: CPU in millicores and memory in bytes, each as
 * capacity, allocatable (what Kubernetes lets pods use) and requested by the VMs running there.
 */
public record HostRow(
    String name,
    HostState state,
    long cpuCapacity,
    long cpuAllocatable,
    long cpuRequested,
    long memoryCapacity,
    long memoryAllocatable,
    long memoryRequested,
    int vmCount) {

  public long freeCpu() {
    return Math.max(0, cpuAllocatable - cpuRequested);
  }

  public long freeMemory() {
    return Math.max(0, memoryAllocatable - memoryRequested);
  }

  public boolean cordoned() {
    return state == HostState.MAINTENANCE || state == HostState.ENTERING_MAINTENANCE;
  }
}
