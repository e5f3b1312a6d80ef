package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.testing.DemoClusterFixture;
import io.virtdeck.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/**
 * An open view's scope follows RBAC: once shop-owner's RoleBinding is deleted and the kept answer
 * expired, the followed scope no longer includes shop (21.4: revoked access kept streaming).
 */
class ScopeRevocationIT {

  private static final UserIdentity SHOP_OWNER =
      UserIdentity.of("shop-owner", List.of("shop:owners"));

  private final DemoClusterFixture cluster = new DemoClusterFixture(IdentityMode.IMPERSONATION);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
  private final AccessReviews reviews =
      new AccessReviews(
          new UserClients(cluster.client, cluster.connection, cluster.properties),
          cluster.caches,
          cluster.properties,
          clock);

  @AfterEach
  void stop() {
    reviews.destroy();
    cluster.close();
  }

  @Test
  void aDeletedRoleBindingEndsTheScopeOnceTheKeptAnswerExpires() {
    List<NamespaceScope> seen = new CopyOnWriteArrayList<>();
    Disposable following =
        reviews
            .follow(SHOP_OWNER, "kubevirt.io", "virtualmachines", Duration.ofMillis(100))
            .subscribe(seen::add);
    try {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> !seen.isEmpty() && seen.getLast().includes("shop"));

      cluster
          .server
          .adminClient()
          .rbac()
          .roleBindings()
          .inNamespace("shop")
          .withName("shop-owners")
          .delete();
      clock.advance(cluster.properties.accessReviewTtl().plusSeconds(1));

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertThat(seen.getLast().includes("shop")).isFalse();
                assertThat(seen.getLast().complete()).isTrue();
              });
    } finally {
      following.dispose();
    }
  }
}
