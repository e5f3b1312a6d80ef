package io.virtdeck.console;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.WebSocket;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Opens a VMI's console subresource on the API server as the user: with impersonation headers over
 * VirtDeck's connection, or over the user's own token client, subprotocol {@value #SUBPROTOCOL}.
 */
@Component
public class ApiConsoles {

  /** The only subprotocol virt-api offers for consoles. */
  public static final String SUBPROTOCOL = "plain.kubevirt.io";

  private static final long CONNECT_TIMEOUT_SECONDS = 15;

  private final KubernetesClient serviceClient;
  private final UserClients clients;

  public ApiConsoles(KubernetesClient serviceClient, UserClients clients) {
    this.serviceClient = serviceClient;
    this.clients = clients;
  }

  /** Connects {@code listener} to the console; fails with the API's refusal or the I/O error. */
  CompletableFuture<WebSocket> open(
      UserIdentity user, ConsoleTarget target, WebSocket.Listener listener) {
    boolean impersonate = clients.mode() == IdentityMode.IMPERSONATION;
    KubernetesClient client = impersonate ? serviceClient : clients.as(user);
    String base = client.getConfiguration().getMasterUrl().replaceAll("/+$", "");
    WebSocket.Builder socket =
        client
            .getHttpClient()
            .newWebSocketBuilder()
            .uri(URI.create(base + target.apiPath()))
            .subprotocol(SUBPROTOCOL)
            .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (impersonate) {
      socket.header("Impersonate-User", user.username());
      user.groups().forEach(group -> socket.header("Impersonate-Group", group));
    }
    return socket.buildAsync(listener);
  }
}
