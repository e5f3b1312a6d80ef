package io.virtdeck.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test fixture: an HTTP client signed in to VirtDeck with a demo account, and its WebSockets. */
final class SignedInClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final HttpClient http;
  private final String base;
  private String cookie = "";

  private SignedInClient(HttpClient http, String base) {
    this.http = http;
    this.base = base;
  }

  static SignedInClient anonymous(int port) {
    return new SignedInClient(HttpClient.newHttpClient(), "http://localhost:" + port);
  }

  static SignedInClient signIn(int port, String user) throws Exception {
    var client = anonymous(port);
    var login =
        client.http.send(
            HttpRequest.newBuilder(URI.create(client.base + "/login")).build(),
            HttpResponse.BodyHandlers.ofString());
    client.keepCookie(login);
    String page = login.body();
    Matcher csrf = CSRF.matcher(page);
    String token = csrf.find() ? "&_csrf=" + csrf.group(1) : "";
    var response =
        client.http.send(
            HttpRequest.newBuilder(URI.create(client.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", client.cookie)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=demo" + token))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 302
        || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Sign-in as " + user + " failed: " + response);
    }
    client.keepCookie(response);
    return client;
  }

  /** The session cookie is Secure, which the JDK's cookie store keeps off http: sent by hand. */
  private void keepCookie(HttpResponse<?> response) {
    response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
  }

  /** Opens {@code /console-ws/...} with the page's own Origin unless another is given. */
  Console console(String path, String origin) throws Exception {
    var console = new Console();
    var builder = http.newWebSocketBuilder().header("Origin", origin);
    if (!cookie.isEmpty()) {
      builder.header("Cookie", cookie);
    }
    console.socket =
        builder
            .buildAsync(URI.create(base.replace("http", "ws") + path), console)
            .get(30, TimeUnit.SECONDS);
    return console;
  }

  /** Opens {@code /console-ws/...} with the page's own Origin, its messages to {@code listener}. */
  WebSocket open(String path, WebSocket.Listener listener) throws Exception {
    var builder = http.newWebSocketBuilder().header("Origin", base);
    if (!cookie.isEmpty()) {
      builder.header("Cookie", cookie);
    }
    return builder
        .buildAsync(URI.create(base.replace("http", "ws") + path), listener)
        .get(30, TimeUnit.SECONDS);
  }

  /** The session cookie, for a browser context signed in as the same user. */
  String cookie() {
    return cookie;
  }

  Console console(String path) throws Exception {
    return console(path, base);
  }

  /** What a console WebSocket received, and how it closed. */
  static final class Console implements WebSocket.Listener {
    private final java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
    final CompletableFuture<Integer> closedCode = new CompletableFuture<>();
    volatile String closedReason = "";
    WebSocket socket;

    synchronized byte[] bytes() {
      return received.toByteArray();
    }

    String text() {
      return new String(bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    void send(String text) {
      socket
          .sendBinary(ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true)
          .join();
    }

    @Override
    public java.util.concurrent.CompletionStage<?> onBinary(
        WebSocket webSocket, ByteBuffer data, boolean last) {
      synchronized (this) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        received.writeBytes(bytes);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public java.util.concurrent.CompletionStage<?> onClose(
        WebSocket webSocket, int statusCode, String reason) {
      closedReason = reason;
      closedCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closedCode.completeExceptionally(error);
    }
  }
}
