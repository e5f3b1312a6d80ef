package io.virtdeck.rvtools.plan;

import io.virtdeck.rvtools.read.SourceEstate;
import java.util.List;

/** The plan for a source estate in this cluster's terms. */
public record MigrationPlan(
    SourceEstate estate,
    PlanContext context,
    List<VmReadiness> vms,
    List<NetworkMapping> networks,
    List<StorageMapping> storage,
    Totals totals) {

  public long count(Readiness status) {
    return vms.stream().filter(v -> v.status() == status).count();
  }

  /** The draft port groups the network map asks for, each once. */
  public List<NetworkTarget.Draft> drafts() {
    return networks.stream()
        .map(NetworkMapping::target)
        .filter(NetworkTarget.Draft.class::isInstance)
        .map(NetworkTarget.Draft.class::cast)
        .distinct()
        .toList();
  }
}
