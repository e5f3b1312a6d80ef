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
 * An open view's scopes follow RBAC: once shop-owner's RoleBinding is deleted and the kept answer
 * expired, newer scopes no longer include shop, for every kind the view had asked (21.4: revoked
 * access kept streaming); while nothing changes, none are handed over.
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
    UserScopes first = reviews.scopes(SHOP_OWNER);
    assertThat(first.includes(CachedKind.VIRTUAL_MACHINES, "shop")).isTrue();
    assertThat(first.includes(CachedKind.PERSISTENT_VOLUME_CLAIMS, "shop")).isTrue();
    List<UserScopes> seen = new CopyOnWriteArrayList<>(List.of(first));
    Disposable following = reviews.follow(first, Duration.ofMillis(100)).subscribe(seen::add);
    try {

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
                NamespaceScope vms = seen.getLast().of(CachedKind.VIRTUAL_MACHINES);
                assertThat(vms.includes("shop")).isFalse();
                assertThat(vms.complete()).isTrue();
                // every kind the view had asked follows, not only VMs
                assertThat(seen.getLast().includes(CachedKind.PERSISTENT_VOLUME_CLAIMS, "shop"))
                    .isFalse();
              });
      // nothing changed since: no newer scopes
      int now = seen.size();
      clock.advance(cluster.properties.accessReviewTtl().plusSeconds(1));
      await()
          .during(Duration.ofMillis(500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> seen.size() == now);
    } finally {
      following.dispose();
    }
  }
}
