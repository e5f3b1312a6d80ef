package io.virtdeck.rvtools.plan;

/**
 * A total over a folder, datastore or network: VMs, their vCPUs, memory and disks, by readiness.
 */
public record Total(
    String name,
    int vms,
    long cpus,
    long memoryMib,
    long diskMib,
    int ready,
    int needsWork,
    int blocked) {

  Total plus(VmReadiness vm, long diskMib) {
    return new Total(
        name,
        vms + 1,
        cpus + vm.vm().cpus(),
        memoryMib + Math.max(0, vm.vm().memoryMib()),
        this.diskMib + diskMib,
        ready + (vm.status() == Readiness.READY ? 1 : 0),
        needsWork + (vm.status() == Readiness.NEEDS_WORK ? 1 : 0),
        blocked + (vm.status() == Readiness.BLOCKED ? 1 : 0));
  }

  static Total empty(String name) {
    return new Total(name, 0, 0, 0, 0, 0, 0, 0);
  }
}
