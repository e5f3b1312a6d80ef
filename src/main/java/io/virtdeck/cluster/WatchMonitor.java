package io.virtdeck.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Samples every informer's watch a few times a second (see {@link InformerCache#checkWatch()}) and
 * publishes since when contact with the cluster has been lost: the earliest lost watch, or empty
 * while every watch runs.
 */
final class WatchMonitor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WatchMonitor.class);

  /** Shorter than the client's shortest reconnect delay, so that no gap goes unseen. */
  static final Duration PERIOD = Duration.ofMillis(250);

  private final List<InformerCache<?>> caches;
  private final Sinks.Many<Optional<Instant>> lost = Sinks.many().replay().latest();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("informer-watch-check").daemon().unstarted(r));
  private volatile Optional<Instant> lostSince = Optional.empty();

  WatchMonitor(List<InformerCache<?>> caches) {
    this.caches = caches;
    lost.tryEmitNext(Optional.empty());
  }

  /** Starts sampling. */
  public void start() {
    scheduler.scheduleWithFixedDelay(
        this::check, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One round of samples; public so that tests can drive it. */
  public synchronized void check() {
    for (InformerCache<?> cache : caches) {
      try {
        cache.checkWatch();
      } catch (RuntimeException e) {
        log.warn("Checking the watch of {} failed", cache.kind(), e);
      }
    }
    Optional<Instant> now =
        caches.stream()
            .map(InformerCache::lostSince)
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder());
    if (!now.equals(lostSince)) {
      lostSince = now;
      lost.tryEmitNext(now);
    }
  }

  /** Since when a watch has been lost, while one is. */
  public Optional<Instant> lostSince() {
    return lostSince;
  }

  /** {@link #lostSince()} now and at each change. */
  public Flux<Optional<Instant>> changes() {
    return lost.asFlux();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    lost.tryEmitComplete();
  }
}
