package io.virtdeck.rvtools.plan;

import io.virtdeck.rvtools.read.SourceDisk;
import io.virtdeck.rvtools.read.SourceVm;
import java.util.List;

/** A source VM, its readiness and the reasons for it, with its disks and snapshot count. */
public record VmReadiness(
    SourceVm vm, Readiness status, List<Reason> reasons, List<SourceDisk> disks, int snapshots) {

  public VmReadiness {
    reasons = List.copyOf(reasons);
    disks = List.copyOf(disks);
  }

  public long diskMib() {
    long sum = disks.stream().mapToLong(d -> Math.max(0, d.capacityMib())).sum();
    return disks.isEmpty() ? Math.max(0, vm.provisionedMib()) : sum;
  }
}
