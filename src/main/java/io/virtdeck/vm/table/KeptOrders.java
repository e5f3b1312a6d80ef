package io.virtdeck.vm.table;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.virtdeck.cluster.ResourceKey;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The orders of the last queries, each reused for {@link VmTable#ORDER_TTL_NANOS} while no VM was
 * added or removed: many sessions paging through the same sort share one walk. At most {@link
 * #KEPT} orders are kept.
 */
final class KeptOrders {

  static final int KEPT = 64;

  private record Order(List<ResourceKey> keys, long membership) {}

  private final Cache<VmQuery, Order> orders;

  KeptOrders(LongSupplier nanoTime) {
    this.orders =
        Caffeine.newBuilder()
            .maximumSize(KEPT)
            .expireAfterWrite(Duration.ofNanos(VmTable.ORDER_TTL_NANOS))
            .ticker(nanoTime::getAsLong)
            .executor(Runnable::run)
            .build();
  }

  /** The kept order of {@code query} if still fresh at {@code membership}, else a new one kept. */
  List<ResourceKey> of(VmQuery query, long membership, Supplier<List<ResourceKey>> order) {
    Order kept = orders.getIfPresent(query);
    if (kept != null && kept.membership() == membership) {
      return kept.keys();
    }
    List<ResourceKey> keys = order.get();
    orders.put(query, new Order(keys, membership));
    return keys;
  }

  void clear() {
    orders.invalidateAll();
  }

  /** How many orders are kept, after dropping those expired or over the bound. */
  int size() {
    orders.cleanUp();
    return Math.toIntExact(orders.estimatedSize());
  }
}
