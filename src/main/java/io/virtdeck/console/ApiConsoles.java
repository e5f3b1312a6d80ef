package io.virtdeck.console;

import io.fabric8.kubernetes.client.http.WebSocket;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserHttp;
import io.virtdeck.cluster.UserIdentity;
import java.time.Duration;
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

  /** How long the API may take to accept or refuse a console connection. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

  private final UserClients clients;

  public ApiConsoles(UserClients clients) {
    this.clients = clients;
  }

  /** Connects {@code listener} to the console; fails with the API's refusal or the I/O error. */
  CompletableFuture<WebSocket> open(
      UserIdentity user, ConsoleTarget target, WebSocket.Listener listener) {
    UserHttp http = clients.http(user);
    WebSocket.Builder socket =
        http.http()
            .newWebSocketBuilder()
            .uri(http.uri(target.apiPath()))
            .subprotocol(SUBPROTOCOL)
            .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    http.addHeaders(socket::header);
    return socket.buildAsync(listener);
  }
}
