package io.virtdeck.host;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How KubeVirt will run several migrations sent at once: within its parallel limits ({@link
 * DrainPlanner#PER_NODE} outbound per source host, {@link DrainPlanner#PER_CLUSTER} in the
 * cluster), counting those already under way; the rest wait as Pending until a slot frees. Pure.
 */
public record MigrationBatch(int startNow, int waiting) {

  /**
   * @param sources the source host of each VM to migrate
   * @param inFlightBySource migrations already under way, by source host
   * @param clusterInFlight migrations already under way in the cluster
   */
  public static MigrationBatch of(
      List<String> sources, Map<String, Integer> inFlightBySource, int clusterInFlight) {
    Map<String, Integer> perSource = new HashMap<>(inFlightBySource);
    int cluster = clusterInFlight;
    int now = 0;
    for (String source : sources) {
      int fromSource = perSource.getOrDefault(source, 0);
      if (cluster < DrainPlanner.PER_CLUSTER && fromSource < DrainPlanner.PER_NODE) {
        perSource.put(source, fromSource + 1);
        cluster++;
        now++;
      }
    }
    return new MigrationBatch(now, sources.size() - now);
  }
}
