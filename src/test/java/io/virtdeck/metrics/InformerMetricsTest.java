package io.virtdeck.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.CacheState;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceEvent;
import io.virtdeck.cluster.ResourceKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;

/** Informer events are counted by kind and type; retries and unwatched kinds are reported. */
class InformerMetricsTest {

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void countsEventsByKindAndTypeAndReportsRetriesAndUnwatchedKinds() {
    Sinks.Many<ResourceEvent<String>> changes = Sinks.many().multicast().directBestEffort();
    ResourceCache<String> cache = mock(ResourceCache.class);
    when(cache.changes()).thenReturn(changes.asFlux());
    ClusterCaches caches = mock(ClusterCaches.class);
    when(caches.byKind()).thenReturn((Map) Map.of("VirtualMachine", cache));
    when(caches.retries()).thenReturn(Map.of("VirtualMachine", 3L));
    when(caches.states())
        .thenReturn(
            List.of(
                new CacheState("VirtualMachine", CacheState.Status.SYNCED, ""),
                new CacheState("Node", CacheState.Status.RECONNECTING, "watch is reconnecting")));
    var registry = new SimpleMeterRegistry();
    var metrics = new InformerMetrics(caches);

    metrics.bindTo(registry);
    ResourceKey key = new ResourceKey("shop", "web-01");
    changes.tryEmitNext(new ResourceEvent.Added<>(key, "v1"));
    changes.tryEmitNext(new ResourceEvent.Updated<>(key, "v1", "v2"));
    changes.tryEmitNext(new ResourceEvent.Updated<>(key, "v2", "v3"));

    assertThat(count(registry, "updated")).isEqualTo(2);
    assertThat(count(registry, "added")).isEqualTo(1);
    assertThat(
            registry
                .get(InformerMetrics.RETRIES)
                .tag("kind", "VirtualMachine")
                .functionCounter()
                .count())
        .isEqualTo(3);
    assertThat(registry.get(InformerMetrics.NOT_WATCHING).gauge().value()).isEqualTo(1);
    metrics.destroy();
  }

  private static double count(SimpleMeterRegistry registry, String type) {
    return registry
        .get(InformerMetrics.EVENTS)
        .tags("kind", "VirtualMachine", "type", type)
        .counter()
        .count();
  }
}
