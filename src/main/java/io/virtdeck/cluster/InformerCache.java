package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.virtdeck.cluster.internal.TrimmingItemStore;
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
  private volatile @Nullable SharedIndexInformer<T> informer;
  private volatile @Nullable String unavailableReason;
  private volatile CacheState.Reason reason = CacheState.Reason.NONE;
  private final AtomicLong retries = new AtomicLong();
  private final LongAdder added = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder deleted = new LongAdder();

  /**
   * Objects per list request, as client-go's informers page their lists: each page must arrive
   * within the client's request timeout, which one 100 MB list of 45,000 VMs may not.
   */
  static final long LIST_PAGE = 2_000;

  public InformerCache(String kind) {
    this.kind = kind;
  }

  /** Starts the informer; the future completes when it has synced or failed for good. */
  public CompletableFuture<Void> start(
      Informable<T> source, Map<String, Function<T, List<String>>> indexers) {
    SharedIndexInformer<T> created =
        source.withLimit(LIST_PAGE).runnableInformer(0).itemStore(new TrimmingItemStore<>());
    if (!indexers.isEmpty()) {
      created.addIndexers(indexers);
    }
    created.addEventHandler(this);
    created.exceptionHandler(this::retryAfter);
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

  /** How often the list or watch failed and was retried since start. */
  public long retries() {
    return retries.get();
  }

  /**
   * How many events of {@code type} this informer delivered (resyncs are not events): counted here
   * rather than by a subscriber, which would put each of the 200,000 events of a large cluster's
   * first lists through a stream and a meter lookup.
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
    // which lost VMs from the inventory while 45,000 adds arrived faster than it took them
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
