package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Div;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.testing.ClockedReviews;
import io.virtdeck.testing.DemoClusterFixture;
import io.virtdeck.testing.Rbac;
import io.virtdeck.testing.TestUi;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one mechanism by which every open view follows its user's rights (issue 21 item 4): while the
 * view is attached, a RoleBinding deleted takes the namespace out of every kind the view read once
 * the kept answer expired, and one added brings it back; a detached view hears nothing.
 */
class FollowedScopesIT {

  private static final UserIdentity SHOP_OWNER =
      UserIdentity.of("shop-owner", DemoUsers.SHOP_OWNER.groups());
  private static final Duration RECHECK = Duration.ofMillis(100);

  @RegisterExtension final TestUi testUi = new TestUi();

  private final ClockedReviews bed = new ClockedReviews();
  private final DemoClusterFixture cluster = bed.cluster;
  private final AccessReviews reviews = bed.reviews;

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void anOpenViewLosesARevokedNamespaceAndGetsItBackWhenGranted() {
    FollowedScopes scopes = new FollowedScopes(reviews, SHOP_OWNER, RECHECK);
    // what a view reads: the kinds it shows
    assertThat(scopes.get().includes(CachedKind.VIRTUAL_MACHINES, "shop")).isTrue();
    assertThat(scopes.get().includes(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS, "shop")).isTrue();
    List<UserScopes> handed = new CopyOnWriteArrayList<>();
    Div view = new Div();
    scopes.follow(view, (before, now) -> handed.add(now));
    testUi.ui().add(view);
    var bindings = cluster.server.adminClient().rbac().roleBindings().inNamespace("shop");
    RoleBinding binding = bindings.withName("shop-owners").get();

    bindings.withName("shop-owners").delete();
    bed.expireKeptAnswers();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(scopes.get().includes(CachedKind.VIRTUAL_MACHINES, "shop")).isFalse();
              assertThat(scopes.get().includes(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS, "shop"))
                  .isFalse();
            });
    assertThat(handed).last().isSameAs(scopes.get());

    Rbac.recreate(cluster.server.adminClient(), binding);
    bed.expireKeptAnswers();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                scopes.get().includes(CachedKind.VIRTUAL_MACHINES, "shop")
                    && scopes.get().includes(CachedKind.NETWORK_ATTACHMENT_DEFINITIONS, "shop"));
  }

  @Test
  void aDetachedViewHearsNothing() {
    FollowedScopes scopes = new FollowedScopes(reviews, SHOP_OWNER, RECHECK);
    assertThat(scopes.get().includes(CachedKind.VIRTUAL_MACHINES, "shop")).isTrue();
    List<UserScopes> handed = new CopyOnWriteArrayList<>();
    Div view = new Div();
    scopes.follow(view, (before, now) -> handed.add(now));
    testUi.ui().add(view);
    testUi.ui().remove(view);

    cluster
        .server
        .adminClient()
        .rbac()
        .roleBindings()
        .inNamespace("shop")
        .withName("shop-owners")
        .delete();
    bed.expireKeptAnswers();

    await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(handed::isEmpty);
    assertThat(scopes.get().includes(CachedKind.VIRTUAL_MACHINES, "shop")).isTrue();
  }
}
