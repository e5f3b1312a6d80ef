package io.virtdeck.rvtools.plan;

import io.virtdeck.rvtools.read.SourceDisk;
import io.virtdeck.rvtools.read.SourceEstate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plans a source estate against a cluster: pure, so it can be redone as the user changes rules. */
public final class Planner {

  private Planner() {}

  public static MigrationPlan plan(SourceEstate estate, PlanContext context) {
    Map<String, List<SourceDisk>> disks = new HashMap<>();
    estate.disks().forEach(d -> disks.computeIfAbsent(d.vm(), v -> new ArrayList<>()).add(d));
    List<VmReadiness> vms =
        estate.vms().stream()
            .map(
                vm -> {
                  List<SourceDisk> own = disks.getOrDefault(vm.name(), List.of());
                  int snapshots = estate.snapshots().getOrDefault(vm.name(), 0);
                  List<Reason> reasons =
                      ReadinessRules.check(vm, own, snapshots, context.largestHost());
                  return new VmReadiness(
                      vm, ReadinessRules.status(reasons), reasons, own, snapshots);
                })
            .toList();
    return new MigrationPlan(
        estate,
        context,
        vms,
        NetworkMapper.map(
            estate.nics(), estate.vlans(), context.portGroups(), context.draftNamespace()),
        StorageMapper.map(
            estate.disks(), context.storageRules(), context.defaultClass(), context.freeMib()),
        Totals.of(vms, estate.nics()));
  }
}
