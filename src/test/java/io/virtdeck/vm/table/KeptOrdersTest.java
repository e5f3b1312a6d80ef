package io.virtdeck.vm.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptOrdersTest {

  private final AtomicLong now = new AtomicLong();
  private final KeptOrders orders = new KeptOrders(now::get);
  private final AtomicInteger made = new AtomicInteger();

  private List<ResourceKey> order(String text, long membership) {
    return orders.of(
        new VmQuery("", text, List.of(), NamespaceScope.ALL),
        membership,
        () -> {
          made.incrementAndGet();
          return List.of(new ResourceKey("shop", text));
        });
  }

  @Test
  void anOrderIsReusedWhileFreshAndTheMembershipUnchanged() {
    order("web", 1);
    order("web", 1);
    assertThat(made).hasValue(1);

    order("web", 2);
    assertThat(made).hasValue(2);

    now.addAndGet(VmTable.ORDER_TTL_NANOS);
    order("web", 2);
    assertThat(made).hasValue(3);
  }

  @Test
  void keepsAtMostTheBound() {
    for (int i = 0; i < KeptOrders.KEPT * 4; i++) {
      order("query " + i, 1);
    }

    assertThat(orders.size()).isLessThanOrEqualTo(KeptOrders.KEPT);
  }
}
