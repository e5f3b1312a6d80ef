package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keys order by namespace, then name; cluster-scoped keys (no namespace) come first. */
class ResourceKeyTest {

  @Test
  void ordersByNamespaceThenName() {
    var shopWeb = new ResourceKey("shop", "web-01");
    var shopDb = new ResourceKey("shop", "db-01");
    var financeErp = new ResourceKey("finance", "erp-01");
    var node = ResourceKey.cluster("node-1");

    assertThat(Stream.of(shopWeb, node, financeErp, shopDb).sorted().toList())
        .isEqualTo(List.of(node, financeErp, shopDb, shopWeb));
    assertThat(shopDb.compareTo(new ResourceKey("shop", "db-01"))).isZero();
    assertThat(shopDb.toString()).isEqualTo("shop/db-01");
    assertThat(node.toString()).isEqualTo("node-1");
  }
}
