package io.virtdeck.cluster;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: up when the core kinds (VirtualMachine, VirtualMachineInstance, Node, Namespace) are
 * synced; other kinds may be unavailable (the UI says so) without making VirtDeck unready.
 */
@Component("cluster")
class ClusterHealthIndicator implements HealthIndicator {

  private static final List<String> CORE =
      List.of("VirtualMachine", "VirtualMachineInstance", "Node", "Namespace");

  private final ClusterCaches caches;

  ClusterHealthIndicator(ClusterCaches caches) {
    this.caches = caches;
  }

  @Override
  public Health health() {
    List<CacheState> states = caches.states();
    boolean coreUsable =
        states.stream().filter(s -> CORE.contains(s.kind())).allMatch(CacheState::usable);
    Health.Builder builder = coreUsable ? Health.up() : Health.down();
    states.forEach(s -> builder.withDetail(s.kind(), s.status() + describe(s)));
    return builder.build();
  }

  private static String describe(CacheState state) {
    return state.detail().isEmpty() ? "" : ": " + state.detail();
  }
}
