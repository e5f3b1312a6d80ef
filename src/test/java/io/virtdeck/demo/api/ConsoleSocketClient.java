package io.virtdeck.demo.api;

import io.virtdeck.demo.seed.DemoUsers.DemoUser;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** Test fixture: a WebSocket to a console subresource of the demo API, as a demo user. */
final class ConsoleSocketClient implements WebSocket.Listener, AutoCloseable {

  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  final CompletableFuture<String> closed = new CompletableFuture<>();
  final WebSocket socket;

  private ConsoleSocketClient(DemoApiServer server, DemoUser user, String path) throws Exception {
    var builder =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .subprotocols("plain.kubevirt.io")
            .header("Impersonate-User", user.username());
    user.groups().forEach(g -> builder.header("Impersonate-Group", g));
    socket =
        builder
            .buildAsync(URI.create(server.url().replace("http", "ws") + path), this)
            .get(30, TimeUnit.SECONDS);
  }

  static ConsoleSocketClient open(DemoApiServer server, DemoUser user, String path)
      throws Exception {
    return new ConsoleSocketClient(server, user, path);
  }

  static String path(String ns, String name, String kind) {
    return "/apis/subresources.kubevirt.io/v1/namespaces/"
        + ns
        + "/virtualmachineinstances/"
        + name
        + "/"
        + kind;
  }

  void send(String text) {
    socket.sendBinary(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), true).join();
  }

  synchronized String text() {
    return received.toString(StandardCharsets.UTF_8);
  }

  synchronized byte[] bytes() {
    return received.toByteArray();
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    synchronized (this) {
      byte[] bytes = new byte[data.remaining()];
      data.get(bytes);
      received.writeBytes(bytes);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(reason);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete("error: " + error);
  }

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }
}
