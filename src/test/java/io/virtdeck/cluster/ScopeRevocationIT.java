package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.testing.ClockedReviews;
import io.virtdeck.testing.DemoClusterFixture;
import java.time.Duration;
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

  private final ClockedReviews bed = new ClockedReviews();
  private final DemoClusterFixture cluster = bed.cluster;
  private final AccessReviews reviews = bed.reviews;

  @AfterEach
  void stop() {
    bed.close();
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
      bed.expireKeptAnswers();

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
      bed.expireKeptAnswers();
      await()
          .during(Duration.ofMillis(500))
          .atMost(Duration.ofSeconds(5))
          .until(() -> seen.size() == now);
    } finally {
      following.dispose();
    }
  }
}
