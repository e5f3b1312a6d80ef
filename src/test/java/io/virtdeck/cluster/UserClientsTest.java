package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Token pass-through keeps one client per token, for a while and up to a bound; raw HTTP access
 * carries the user's identity in either mode.
 */
class UserClientsTest {

  private final Config config =
      new ConfigBuilder().withMasterUrl("https://cluster.invalid:6443").build();
  private final KubernetesClient service = new KubernetesClientBuilder().withConfig(config).build();
  private final ClusterProperties properties =
      new ClusterProperties(null, "test", null, null, null, IdentityMode.TOKEN, null);
  private final AtomicLong now = new AtomicLong();

  @AfterEach
  void closeServiceClient() {
    service.close();
  }

  private UserClients clients(int max) {
    return new UserClients(
        service, new ClusterConnection("test", config), properties, now::get, max);
  }

  private static UserIdentity user(String token) {
    return new UserIdentity("ann", List.of(), token);
  }

  @Test
  void oneClientPerTokenUntilItsTimeIsUp() {
    UserClients clients = clients(10);
    KubernetesClient first = clients.as(user("t1"));

    assertThat(clients.as(user("t1"))).isSameAs(first);
    assertThat(first.getConfiguration().getOauthToken()).isEqualTo("t1");

    now.addAndGet(UserClients.TOKEN_CLIENT_TTL.toNanos());
    assertThat(clients.as(user("t1"))).isNotSameAs(first);
    clients.destroy();
  }

  @Test
  void keepsAtMostTheBoundOfTokenClients() {
    UserClients clients = clients(3);
    for (int i = 0; i < 20; i++) {
      clients.as(user("token-" + i));
    }

    assertThat(clients.tokenClients()).isLessThanOrEqualTo(3);
    clients.destroy();
    assertThat(clients.tokenClients()).isZero();
  }

  @Test
  void rawHttpWithATokenUsesTheUsersOwnClientAndAddsNoImpersonation() {
    UserClients clients = clients(10);
    UserHttp http = clients.http(user("t1"));
    List<String> headers = new ArrayList<>();
    http.addHeaders((name, value) -> headers.add(name + ": " + value));

    assertThat(http.client()).isSameAs(clients.as(user("t1")));
    assertThat(headers).isEmpty();
    assertThat(http.uri("/apis/x")).hasToString("https://cluster.invalid:6443/apis/x");
    clients.destroy();
  }

  @Test
  void rawHttpWithImpersonationSendsTheUsersNameAndEveryGroupOverVirtDecksConnection() {
    var impersonating =
        new ClusterProperties(null, "test", null, null, null, IdentityMode.IMPERSONATION, null);
    UserClients clients =
        new UserClients(
            service, new ClusterConnection("test", config), impersonating, now::get, 10);
    UserHttp http = clients.http(new UserIdentity("ann", List.of("ops", "dbas"), null));
    List<String> headers = new ArrayList<>();
    http.addHeaders((name, value) -> headers.add(name + ": " + value));

    assertThat(http.client()).isSameAs(service);
    assertThat(headers)
        .containsExactly(
            "Impersonate-User: ann", "Impersonate-Group: ops", "Impersonate-Group: dbas");
  }
}
