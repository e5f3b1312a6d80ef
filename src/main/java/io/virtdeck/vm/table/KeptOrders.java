package io.virtdeck.vm.table;

import io.virtdeck.cluster.ResourceKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The orders of the last queries, each reused for {@link VmTable#ORDER_TTL_NANOS} while no VM was
 * added or removed: many sessions paging through the same sort share one walk.
 */
final class KeptOrders {

  private static final int KEPT = 64;

  private record Order(List<ResourceKey> keys, long membership, long madeNanos) {}

  private final LongSupplier nanoTime;
  private final Map<VmQuery, Order> orders =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<VmQuery, Order> eldest) {
              return size() > KEPT;
            }
          });

  KeptOrders(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The kept order of {@code query} if still fresh at {@code membership}, else a new one kept. */
  List<ResourceKey> of(VmQuery query, long membership, Supplier<List<ResourceKey>> order) {
    long now = nanoTime.getAsLong();
    Order kept = orders.get(query);
    if (kept != null
        && kept.membership() == membership
        && now - kept.madeNanos() < VmTable.ORDER_TTL_NANOS) {
      return kept.keys();
    }
    List<ResourceKey> keys = order.get();
    orders.put(query, new Order(keys, membership, now));
    return keys;
  }

  void clear() {
    orders.clear();
  }

  int size() {
    return orders.size();
  }
}
