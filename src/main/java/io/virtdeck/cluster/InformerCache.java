package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.virtdeck.cluster.internal.TrimmingItemStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** A {@link ResourceCache} over one shared fabric8 informer. */
public final class InformerCache<T extends HasMetadata>
    implements ResourceCache<T>, ResourceEventHandler<T> {

  private static final Logger log = LoggerFactory.getLogger(InformerCache.class);

  private final String kind;
  private final Sinks.Many<ResourceEvent<T>> sink = Sinks.many().multicast().directBestEffort();
  private final Clock clock;
  private volatile @Nullable SharedIndexInformer<T> informer;
  private @Nullable Informable<T> source;
  private Map<String, Function<T, List<String>>> indexers = Map.of();
  private final WatchGap gap = new WatchGap();
  private volatile @Nullable String unavailableReason;
  private volatile CacheState.Reason reason = CacheState.Reason.NONE;
  private final AtomicLong retries = new AtomicLong();
  private final LongAdder added = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder deleted = new LongAdder();

  /**
   * Objects per list request, as client-go's informers page their lists: each page must arrive
   * within the client's request timeout, which one list of every VM of a large cluster may not.
   */
  static final long LIST_PAGE = 2_000;

  public InformerCache(String kind) {
    this(kind, Clock.systemUTC());
  }

  public InformerCache(String kind, Clock clock) {
    this.kind = kind;
    this.clock = clock;
  }

  /** Starts the informer; the future completes when it has synced or failed for good. */
  public CompletableFuture<Void> start(
      Informable<T> source, Map<String, Function<T, List<String>>> indexers) {
    this.source = source;
    this.indexers = indexers;
    SharedIndexInformer<T> created = create(source);
    informer = created;
    long began = System.nanoTime();
    return created
        .start()
        .toCompletableFuture()
        .whenComplete(
            (ok, failure) -> {
              if (failure == null) {
                log.info(
                    "{} synced in {} ms: {} objects",
                    kind,
                    (System.nanoTime() - began) / 1_000_000,
                    created.getStore().list().size());
              } else {
                reason = InformerErrors.reason(failure);
                unavailableReason = InformerErrors.describe(failure);
                log.warn("{} is unavailable: {}", kind, unavailableReason);
              }
            });
  }

  private SharedIndexInformer<T> create(Informable<T> from) {
    SharedIndexInformer<T> created =
        from.withLimit(LIST_PAGE).runnableInformer(0).itemStore(new TrimmingItemStore<>());
    if (!indexers.isEmpty()) {
      created.addIndexers(indexers);
    }
    created.addEventHandler(this);
    created.exceptionHandler(this::retryAfter);
    return created;
  }

  /**
   * Notices a watch that stopped and, once it is back, lists the kind again: a watch resumed at its
   * old resourceVersion hears of no object deleted meanwhile when the server neither replays the
   * deletion nor answers 410 Gone (as after an API server restart), so only a list tells which
   * objects are gone. Called a few times a second by {@code ClusterCaches}.
   */
  public void checkWatch() {
    SharedIndexInformer<T> current = informer;
    if (current == null || unavailableReason != null) {
      return;
    }
    switch (gap.observe(current.isWatching(), clock.instant())) {
      case LOST -> {
        retries.incrementAndGet();
        log.info("{} lost its watch; reconnecting", kind);
      }
      case RESUMED -> {
        log.info("{} watches again; listing it to catch up with what changed meanwhile", kind);
        relist(current);
      }
      case CAUGHT_UP -> log.info("{} is up to date again", kind);
      case NONE -> {}
    }
  }

  /**
   * Replaces the informer by a new one that starts from the old one's objects: its list then tells
   * the handlers of each object deleted, changed or added since, as a relist after 410 Gone does.
   */
  private void relist(SharedIndexInformer<T> old) {
    Informable<T> from = source;
    if (from == null) {
      return;
    }
    old.removeEventHandler(this);
    old.stop();
    SharedIndexInformer<T> next = create(from);
    next.initialState(old.getStore().list().stream());
    next.start()
        .whenComplete(
            (ok, failure) -> {
              if (failure != null) {
                log.warn(
                    "{} could not be listed again: {}", kind, InformerErrors.describe(failure));
              }
            });
    informer = next;
  }

  /** Whether the monitor has seen this kind's watch run (and not lost since). */
  boolean watchSeen() {
    return gap.watching();
  }

  /** Since when the watch of this kind has been lost, while it is. */
  public Optional<Instant> lostSince() {
    return Optional.ofNullable(gap.lostAt());
  }

  private boolean retryAfter(boolean started, Throwable failure) {
    if (!started && InformerErrors.isFinal(failure)) {
      return false;
    }
    log.debug("{} informer retries after {}", kind, failure.toString());
    retries.incrementAndGet();
    return true;
  }

  /** The kind this cache holds. */
  public String kind() {
    return kind;
  }

  /** How often the watch was lost or a list failed, each then retried, since start. */
  public long retries() {
    return retries.get();
  }

  /**
   * How many events of {@code type} this informer delivered (resyncs are not events): counted here
   * rather than by a subscriber, which would put each of the many events of a large cluster's first
   * lists through a stream and a meter lookup.
   */
  public long events(ResourceEvent.Type type) {
    return switch (type) {
      case ADDED -> added.sum();
      case UPDATED -> updated.sum();
      case DELETED -> deleted.sum();
    };
  }

  public void stop() {
    SharedIndexInformer<T> current = informer;
    if (current != null) {
      current.stop();
    }
    sink.tryEmitComplete();
  }

  @Override
  public Optional<T> get(ResourceKey key) {
    SharedIndexInformer<T> current = informer;
    if (current == null) {
      return Optional.empty();
    }
    String storeKey = key.namespace().isEmpty() ? key.name() : key.namespace() + "/" + key.name();
    return Optional.ofNullable(current.getStore().getByKey(storeKey));
  }

  @Override
  public List<T> list() {
    SharedIndexInformer<T> current = informer;
    return current == null ? List.of() : current.getStore().list();
  }

  @Override
  public List<T> list(String namespace) {
    return byIndex(Cache.NAMESPACE_INDEX, namespace);
  }

  @Override
  public List<T> byIndex(String index, String value) {
    SharedIndexInformer<T> current = informer;
    if (current == null || unavailableReason != null) {
      return List.of();
    }
    return current.getIndexer().byIndex(index, value);
  }

  @Override
  public Flux<ResourceEvent<T>> changes() {
    // each subscriber buffers its own lag: the sink drops what a subscriber has not asked for yet,
    // which would lose VMs from the inventory while adds arrive faster than it takes them
    return sink.asFlux().onBackpressureBuffer();
  }

  @Override
  public CacheState state() {
    SharedIndexInformer<T> current = informer;
    String reason = unavailableReason;
    if (reason != null) {
      return new CacheState(kind, CacheState.Status.UNAVAILABLE, this.reason, reason);
    }
    if (current == null || !current.hasSynced()) {
      return new CacheState(kind, CacheState.Status.SYNCING, "");
    }
    if (!current.isWatching()) {
      return new CacheState(kind, CacheState.Status.RECONNECTING, "watch is reconnecting");
    }
    return new CacheState(kind, CacheState.Status.SYNCED, "");
  }

  @Override
  public void onAdd(T obj) {
    added.increment();
    emit(new ResourceEvent.Added<>(Keys.of(obj), obj));
  }

  @Override
  public void onUpdate(T oldObj, T newObj) {
    if (Objects.equals(
        oldObj.getMetadata().getResourceVersion(), newObj.getMetadata().getResourceVersion())) {
      return; // a resync, not a change
    }
    updated.increment();
    emit(new ResourceEvent.Updated<>(Keys.of(newObj), oldObj, newObj));
  }

  @Override
  public void onDelete(T obj, boolean deletedFinalStateUnknown) {
    deleted.increment();
    emit(new ResourceEvent.Deleted<>(Keys.of(obj), obj));
  }

  private void emit(ResourceEvent<T> event) {
    Sinks.EmitResult result = sink.tryEmitNext(event);
    if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
      log.warn("{} change for {} not delivered: {}", kind, event.key(), result);
    }
  }
}
