package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.testing.DemoClusterFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the API server receives when VirtDeck acts as a user, in both identity modes. */
class UserClientsIT {

  private static final UserIdentity ANN =
      new UserIdentity("ann", List.of("shop:owners", "staff"), "ann-id-token");

  @Test
  void impersonationSendsTheUsersNameAndGroups() {
    try (DemoClusterFixture cluster = new DemoClusterFixture(IdentityMode.IMPERSONATION)) {
      UserClients clients = new UserClients(cluster.client, cluster.connection, cluster.properties);
      cluster.server.clearReceivedRequests();

      clients.as(ANN).persistentVolumeClaims().inNamespace("shop").list();

      DemoApiServer.ReceivedRequest request = lastTo(cluster, "/persistentvolumeclaims");
      assertThat(request.impersonatedUser()).isEqualTo("ann");
      assertThat(request.impersonatedGroups()).containsExactly("shop:owners", "staff");
      assertThat(request.bearerToken()).isNotEqualTo("ann-id-token");
    }
  }

  @Test
  void tokenPassThroughSendsTheUsersOwnTokenAndNoImpersonation() {
    try (DemoClusterFixture cluster = new DemoClusterFixture(IdentityMode.TOKEN)) {
      UserClients clients = new UserClients(cluster.client, cluster.connection, cluster.properties);
      cluster.server.clearReceivedRequests();

      clients.as(ANN).persistentVolumeClaims().inNamespace("shop").list();

      DemoApiServer.ReceivedRequest request = lastTo(cluster, "/persistentvolumeclaims");
      assertThat(request.bearerToken()).isEqualTo("ann-id-token");
      assertThat(request.impersonatedUser()).isNull();
      clients.destroy();
    }
  }

  @Test
  void tokenPassThroughWithoutATokenSendsNothing() {
    try (DemoClusterFixture cluster = new DemoClusterFixture(IdentityMode.TOKEN)) {
      UserClients clients = new UserClients(cluster.client, cluster.connection, cluster.properties);
      cluster.server.clearReceivedRequests();

      assertThatThrownBy(() -> clients.as(UserIdentity.of("bob", List.of())))
          .hasMessageContaining("bob has none");
      assertThat(cluster.server.receivedRequests())
          .noneMatch(r -> "bob".equals(r.impersonatedUser()));
    }
  }

  private static DemoApiServer.ReceivedRequest lastTo(DemoClusterFixture cluster, String path) {
    return cluster.server.receivedRequests().stream()
        .filter(r -> r.path().contains(path))
        .reduce((first, second) -> second)
        .orElseThrow();
  }
}
