package io.virtdeck.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.CacheState;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Informer events are counted by kind and type; retries and unwatched kinds are reported. */
class InformerMetricsTest {

  @Test
  void countsEventsByKindAndTypeAndReportsRetriesAndUnwatchedKinds() {
    ClusterCaches caches = mock(ClusterCaches.class);
    when(caches.kinds()).thenReturn(List.of("VirtualMachine"));
    when(caches.events("VirtualMachine", ResourceEvent.Type.ADDED)).thenReturn(1L);
    when(caches.events("VirtualMachine", ResourceEvent.Type.UPDATED)).thenReturn(2L);
    when(caches.retries()).thenReturn(Map.of("VirtualMachine", 3L));
    when(caches.states())
        .thenReturn(
            List.of(
                new CacheState("VirtualMachine", CacheState.Status.SYNCED, ""),
                new CacheState("Node", CacheState.Status.RECONNECTING, "watch is reconnecting")));
    var registry = new SimpleMeterRegistry();
    var metrics = new InformerMetrics(caches);

    metrics.bindTo(registry);

    assertThat(count(registry, "updated")).isEqualTo(2);
    assertThat(count(registry, "added")).isEqualTo(1);
    assertThat(
            registry
                .get(InformerMetrics.RETRIES)
                .tag("kind", "VirtualMachine")
                .functionCounter()
                .count())
        .isEqualTo(3);
    assertThat(count(registry, "deleted")).isZero();
    assertThat(registry.get(InformerMetrics.NOT_WATCHING).gauge().value()).isEqualTo(1);
  }

  private static double count(SimpleMeterRegistry registry, String type) {
    return registry
        .get(InformerMetrics.EVENTS)
        .tags("kind", "VirtualMachine", "type", type)
        .functionCounter()
        .count();
  }
}
