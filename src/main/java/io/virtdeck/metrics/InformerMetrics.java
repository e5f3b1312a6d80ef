package io.virtdeck.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.virtdeck.cluster.CacheState;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

/**
 * Metrics of the shared informers: {@value #EVENTS} (tags {@code kind}, {@code type}: added,
 * updated, deleted), {@value #RETRIES} (failed lists or watches that were retried, tag {@code
 * kind}) and {@value #NOT_WATCHING} (how many kinds are not synced and watching right now).
 */
@Component
public class InformerMetrics implements MeterBinder, DisposableBean {

  static final String EVENTS = "virtdeck.informer.events";
  static final String RETRIES = "virtdeck.informer.retries";
  static final String NOT_WATCHING = "virtdeck.informer.not.watching";

  private final ClusterCaches caches;
  private final List<Disposable> subscriptions = new ArrayList<>();

  public InformerMetrics(ClusterCaches caches) {
    this.caches = caches;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    caches
        .byKind()
        .forEach(
            (kind, cache) -> {
              subscriptions.add(
                  cache
                      .changes()
                      .subscribe(
                          event ->
                              registry
                                  .counter(EVENTS, "kind", kind, "type", type(event))
                                  .increment()));
              FunctionCounter.builder(
                      RETRIES, caches, c -> c.retries().getOrDefault(kind, 0L).doubleValue())
                  .description("Failed lists or watches of one kind that were retried")
                  .tag("kind", kind)
                  .register(registry);
            });
    Gauge.builder(NOT_WATCHING, caches, InformerMetrics::notWatching)
        .description("Kinds whose informer is not synced and watching")
        .register(registry);
  }

  static String type(ResourceEvent<?> event) {
    return event.getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }

  private static double notWatching(ClusterCaches caches) {
    return caches.states().stream().filter(s -> s.status() != CacheState.Status.SYNCED).count();
  }

  @Override
  public void destroy() {
    subscriptions.forEach(Disposable::dispose);
  }
}
