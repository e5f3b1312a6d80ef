package io.virtdeck.cluster;

import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Flux;

/**
 * A read-only view of one resource kind, fed by the server's single shared informer for it. Objects
 * returned are shared: callers must not modify them.
 */
public interface ResourceCache<T> {

  Optional<T> get(ResourceKey key);

  List<T> list();

  List<T> list(String namespace);

  /** Objects found through a named index (see {@link Indexes}). */
  List<T> byIndex(String index, String value);

  /**
   * A hot stream of changes; subscribers see every change after they subscribe, however slowly they
   * take them (each has its own buffer).
   */
  Flux<ResourceEvent<T>> changes();

  CacheState state();
}
