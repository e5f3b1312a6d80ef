package io.virtdeck.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.virtdeck.cluster.CacheState;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceEvent;
import org.springframework.stereotype.Component;

/**
 * Metrics of the shared informers: {@value #EVENTS} (tags {@code kind}, {@code type}: added,
 * updated, deleted), {@value #RETRIES} (lost watches and failed lists, each retried, tag {@code
 * kind}) and {@value #NOT_WATCHING} (how many kinds are not synced and watching right now).
 */
@Component
public class InformerMetrics implements MeterBinder {

  static final String EVENTS = "virtdeck.informer.events";
  static final String RETRIES = "virtdeck.informer.retries";
  static final String NOT_WATCHING = "virtdeck.informer.not.watching";

  private final ClusterCaches caches;

  public InformerMetrics(ClusterCaches caches) {
    this.caches = caches;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    // read from the informers' own counts: a subscriber per kind put every event through a stream
    caches
        .kinds()
        .forEach(
            kind -> {
              for (ResourceEvent.Type type : ResourceEvent.Type.values()) {
                FunctionCounter.builder(EVENTS, caches, c -> c.events(kind, type))
                    .description("Events delivered by the informer of one kind")
                    .tags("kind", kind, "type", type.tag())
                    .register(registry);
              }
              FunctionCounter.builder(
                      RETRIES, caches, c -> c.retries().getOrDefault(kind, 0L).doubleValue())
                  .description("Lost watches and failed lists of one kind, each retried")
                  .tag("kind", kind)
                  .register(registry);
            });
    Gauge.builder(NOT_WATCHING, caches, InformerMetrics::notWatching)
        .description("Kinds whose informer is not synced and watching")
        .register(registry);
  }

  private static double notWatching(ClusterCaches caches) {
    return caches.states().stream().filter(s -> s.status() != CacheState.Status.SYNCED).count();
  }
}
