package io.virtdeck.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Clients that act as a signed-in user. Impersonation shares VirtDeck's connection and adds the
 * user's name and groups to each request; token pass-through keeps one client per user token. Never
 * VirtDeck's own identity for a user's request. Token clients are kept for {@link
 * #TOKEN_CLIENT_TTL} after they were made, at most {@link #MAX_TOKEN_CLIENTS} of them; a client
 * dropped is closed.
 */
@Component
public class UserClients implements DisposableBean {

  static final Duration TOKEN_CLIENT_TTL = Duration.ofMinutes(10);

  /** Far more than the users signed in at once; each client holds a connection pool. */
  static final int MAX_TOKEN_CLIENTS = 1_000;

  private final KubernetesClient serviceClient;
  private final ClusterConnection connection;
  private final IdentityMode mode;
  private final Cache<String, KubernetesClient> tokenClients;

  @Autowired
  public UserClients(
      KubernetesClient serviceClient, ClusterConnection connection, ClusterProperties properties) {
    this(serviceClient, connection, properties, Ticker.systemTicker(), MAX_TOKEN_CLIENTS);
  }

  UserClients(
      KubernetesClient serviceClient,
      ClusterConnection connection,
      ClusterProperties properties,
      Ticker ticker,
      int maxTokenClients) {
    this.serviceClient = serviceClient;
    this.connection = connection;
    this.mode = properties.identityMode();
    this.tokenClients =
        Caffeine.newBuilder()
            .expireAfterWrite(TOKEN_CLIENT_TTL)
            .maximumSize(maxTokenClients)
            .ticker(ticker)
            .executor(Runnable::run)
            .<String, KubernetesClient>removalListener(
                (token, client, cause) -> {
                  if (client != null) {
                    client.close();
                  }
                })
            .build();
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

  /** Raw HTTP access as {@code user}: see {@link UserHttp}. */
  public UserHttp http(UserIdentity user) {
    return switch (mode) {
      case IMPERSONATION -> new UserHttp(serviceClient, user);
      case TOKEN -> new UserHttp(withToken(user), null);
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
    return tokenClients.get(token, this::build);
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

  @Override
  public void destroy() {
    tokenClients.invalidateAll();
  }

  /** How many token clients are kept, after dropping those expired or over the bound. */
  long tokenClients() {
    tokenClients.cleanUp();
    return tokenClients.estimatedSize();
  }
}
