package io.virtdeck.cluster;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Clients that act as a signed-in user. Impersonation shares VirtDeck's connection and adds the
 * user's name and groups to each request; token pass-through keeps one client per user token. Never
 * VirtDeck's own identity for a user's request.
 */
@Component
public class UserClients implements DisposableBean {

  private static final Duration TOKEN_CLIENT_TTL = Duration.ofMinutes(10);

  private final KubernetesClient serviceClient;
  private final ClusterConnection connection;
  private final IdentityMode mode;
  private final Map<String, TokenClient> tokenClients = new ConcurrentHashMap<>();

  public UserClients(
      KubernetesClient serviceClient, ClusterConnection connection, ClusterProperties properties) {
    this.serviceClient = serviceClient;
    this.connection = connection;
    this.mode = properties.identityMode();
  }

  public IdentityMode mode() {
    return mode;
  }

  /** A client whose every request is made as {@code user}. */
  public KubernetesClient as(UserIdentity user) {
    return switch (mode) {
      case IMPERSONATION -> impersonating(user);
      case TOKEN -> withToken(user);
    };
  }

  private KubernetesClient impersonating(UserIdentity user) {
    var config =
        new RequestConfigBuilder()
            .withImpersonateUsername(user.username())
            .withImpersonateGroups(user.groups().toArray(String[]::new))
            .build();
    return serviceClient.newClient(config).adapt(KubernetesClient.class);
  }

  private KubernetesClient withToken(UserIdentity user) {
    String token = user.bearerToken();
    if (token == null || token.isBlank()) {
      throw new IllegalStateException(
          "Token pass-through needs the user's token, and " + user.username() + " has none");
    }
    evictExpired();
    return tokenClients
        .computeIfAbsent(token, t -> new TokenClient(build(t), System.nanoTime()))
        .client();
  }

  private KubernetesClient build(String token) {
    Config config =
        new ConfigBuilder(connection.config())
            .withOauthToken(token)
            .withUsername(null)
            .withPassword(null)
            .withClientCertData(null)
            .withClientCertFile(null)
            .withClientKeyData(null)
            .withClientKeyFile(null)
            .withImpersonateUsername(null)
            .build();
    return new KubernetesClientBuilder().withConfig(config).build();
  }

  private void evictExpired() {
    long now = System.nanoTime();
    tokenClients
        .entrySet()
        .removeIf(
            e -> {
              boolean old = now - e.getValue().created() > TOKEN_CLIENT_TTL.toNanos();
              if (old) {
                e.getValue().client().close();
              }
              return old;
            });
  }

  @Override
  public void destroy() {
    tokenClients.values().forEach(c -> c.client().close());
  }

  private record TokenClient(KubernetesClient client, long created) {}
}
