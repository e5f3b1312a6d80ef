package io.virtdeck.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.DemoClusterFixture;
import io.virtdeck.vm.rows.Folder;
import io.virtdeck.vm.table.VmColumn;
import io.virtdeck.vm.table.VmQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/** Each user sees exactly the VMs Kubernetes RBAC lets them list, live updates included. */
class VmVisibilityIT {

  private static final UserIdentity SHOP_OWNER =
      UserIdentity.of("shop-owner", DemoUsers.SHOP_OWNER.groups());
  private static final UserIdentity HELPDESK =
      UserIdentity.of("helpdesk", DemoUsers.HELPDESK.groups());
  private static final UserIdentity STRANGER = UserIdentity.of("stranger", List.of());

  private static DemoClusterFixture cluster;
  private static VmInventory inventory;
  private static VmAccess access;
  private static AccessReviews reviews;

  @BeforeAll
  static void start() {
    cluster = new DemoClusterFixture(IdentityMode.IMPERSONATION);
    UserClients clients = new UserClients(cluster.client, cluster.connection, cluster.properties);
    reviews = new AccessReviews(clients, cluster.caches, cluster.properties, Clock.systemUTC());
    inventory = new VmInventory(cluster.caches, cluster.connection);
    access = new VmAccess(reviews);
  }

  @AfterAll
  static void stop() {
    inventory.destroy();
    cluster.close();
  }

  @Test
  void oneNamespaceUserSeesOnlyThatNamespace() {
    NamespaceScope scope = access.visibleTo(SHOP_OWNER);

    assertThat(scope).isEqualTo(NamespaceScope.only(Set.of("shop")));
    assertThat(inventory.folders(reviews.scopes(SHOP_OWNER)))
        .extracting(Folder::namespace)
        .containsExactly("shop");
    assertThat(inventory.page(new VmQuery("", "", List.of(), scope), 0, 100))
        .isNotEmpty()
        .allMatch(row -> row.namespace().equals("shop"));
    assertThat(inventory.count(new VmQuery("", "win-sql", List.of(), scope))).isZero();
    UserScopes scopes = reviews.scopes(SHOP_OWNER);
    assertThat(inventory.summary(new ResourceKey("finance", "erp-01"), scopes)).isEmpty();
    assertThat(inventory.summary(new ResourceKey("shop", "web-01"), scopes)).isPresent();
  }

  @Test
  void anInventoryMadeWhileTheCachesSyncIsCompleteBeforeTheServerOpensAndIndexedAfter() {
    ClusterCaches fresh = new ClusterCaches(cluster.client, cluster.properties);
    VmInventory early = new VmInventory(fresh, cluster.connection);
    try {
      new VmInventoryLoad(fresh, early).start(); // what Spring runs just before the web server

      assertThat(early.count(VmQuery.all())).isEqualTo(fresh.virtualMachines().list().size());
      assertThat(early.count(VmQuery.all())).isEqualTo(inventory.count(VmQuery.all()));
      // built from the loaded table after the load, not row by row during the first lists
      assertThat(early.warmedUp()).succeedsWithin(Duration.ofSeconds(30));
      assertThat(VmColumn.values()).allMatch(early::sortIndexBuilt);
    } finally {
      early.destroy();
      fresh.destroy();
    }
  }

  @Test
  void helpdeskSeesEveryNamespaceAndAStrangerNone() {
    assertThat(access.visibleTo(HELPDESK)).isEqualTo(NamespaceScope.ALL);
    NamespaceScope none = access.visibleTo(STRANGER);
    assertThat(none.all()).isFalse();
    assertThat(none.namespaces()).isEmpty();
    assertThat(inventory.count(new VmQuery("", "", List.of(), none))).isZero();
  }

  @Test
  void liveUpdatesFromOtherNamespacesNeverReachTheUser() {
    NamespaceScope scope = access.visibleTo(SHOP_OWNER);
    List<ResourceKey> seen = new CopyOnWriteArrayList<>();
    Disposable subscription = inventory.changes(scope).subscribe(seen::add);
    var vms =
        cluster.server.adminClient().genericKubernetesResources("kubevirt.io/v1", "VirtualMachine");

    vms.inNamespace("finance").resource(DemoClient.vm("finance", "secret-01")).create();
    vms.inNamespace("shop").resource(DemoClient.vm("shop", "visible-01")).create();

    await().until(() -> seen.contains(new ResourceKey("shop", "visible-01")));
    await()
        .until(
            () ->
                inventory.row(new ResourceKey("finance", "secret-01"), UserScopes.ALL).isPresent());
    assertThat(seen).noneMatch(key -> key.namespace().equals("finance"));
    subscription.dispose();
  }

  @Test
  void accessReviewsAreMadeAsTheUserNeverAsVirtDeck() {
    cluster.server.clearReceivedRequests();

    access.visibleTo(UserIdentity.of("operator", DemoUsers.OPERATOR.groups()));

    List<DemoApiServer.ReceivedRequest> reviews =
        cluster.server.receivedRequests().stream()
            .filter(r -> r.path().contains("selfsubjectaccessreviews"))
            .toList();
    assertThat(reviews).isNotEmpty();
    assertThat(reviews)
        .allSatisfy(
            r -> {
              assertThat(r.impersonatedUser()).isEqualTo("operator");
              assertThat(r.impersonatedGroups()).contains("virtdeck:operators");
            });
  }
}
