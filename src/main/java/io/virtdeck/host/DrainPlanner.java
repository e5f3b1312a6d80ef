package io.virtdeck.host;

import io.virtdeck.cluster.ResourceKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides the next step of draining a host: which VMs to migrate now within KubeVirt's parallel
 * limits (by default 2 outbound migrations per node, 5 per cluster; the rest wait as queued), and
 * what to do with VMs that cannot live-migrate (shut down, power off, or leave them and wait).
 */
public final class DrainPlanner {

  /** KubeVirt's {@code parallelOutboundMigrationsPerNode} default. */
  public static final int PER_NODE = 2;

  /** KubeVirt's {@code parallelMigrationsPerCluster} default. */
  public static final int PER_CLUSTER = 5;

  /** A VM still on the host: whether it can live-migrate, and if not why. */
  public record Candidate(ResourceKey vm, boolean migratable, String reason) {}

  /** The decision: migrate now, wait, apply the option, or leave blocked (with reasons). */
  public record Plan(
      List<ResourceKey> migrateNow,
      List<ResourceKey> queued,
      List<ResourceKey> stop,
      List<Candidate> blocked) {}

  private DrainPlanner() {}

  /**
   * @param onHost the VMs still on the host, in the order to move them
   * @param migrating those among them whose migration is already under way
   * @param clusterInFlight migrations under way in the whole cluster
   */
  public static Plan plan(
      List<Candidate> onHost,
      Set<ResourceKey> migrating,
      int clusterInFlight,
      NonMigratableOption option) {
    int slots = Math.max(0, Math.min(PER_NODE - migrating.size(), PER_CLUSTER - clusterInFlight));
    List<ResourceKey> now = new ArrayList<>();
    List<ResourceKey> queued = new ArrayList<>();
    List<ResourceKey> stop = new ArrayList<>();
    List<Candidate> blocked = new ArrayList<>();
    for (Candidate candidate : onHost) {
      if (migrating.contains(candidate.vm())) {
        continue;
      }
      if (!candidate.migratable()) {
        if (option == NonMigratableOption.LEAVE_AND_WAIT) {
          blocked.add(candidate);
        } else {
          stop.add(candidate.vm());
        }
      } else if (now.size() < slots) {
        now.add(candidate.vm());
      } else {
        queued.add(candidate.vm());
      }
    }
    return new Plan(now, queued, stop, blocked);
  }
}
