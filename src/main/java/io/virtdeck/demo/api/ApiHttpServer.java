package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.vertx.HttpServerRequestHandler;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.virtdeck.demo.console.ConsoleServer;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The demo API's HTTP server: fabric8's mock HTTP handling (plain responses and WebSocket watches,
 * as fabric8 clients use them) plus watches over plain chunked HTTP, as kubectl and client-go open
 * them ({@code kubectl get -w}), which the mock's own server cannot stream.
 */
final class ApiHttpServer implements AutoCloseable {

  /**
   * The subprotocols fabric8's mock server offers (exec and attach channels), and virt-api's for
   * the consoles.
   */
  private static final List<String> SUBPROTOCOLS =
      List.of(
          "v1.channel.k8s.io",
          "v2.channel.k8s.io",
          "v3.channel.k8s.io",
          "v4.channel.k8s.io",
          ConsoleServer.SUBPROTOCOL);

  private final Vertx vertx;
  private final HttpServer server;
  private final Dispatcher dispatcher;

  private ApiHttpServer(Vertx vertx, HttpServer server, Dispatcher dispatcher) {
    this.vertx = vertx;
    this.server = server;
    this.dispatcher = dispatcher;
  }

  /** Listens on {@code host}:{@code port} (0: any free port) and hands requests to dispatcher. */
  static ApiHttpServer start(String host, int port, Dispatcher dispatcher) {
    Vertx vertx = Vertx.vertx();
    var options =
        new HttpServerOptions()
            .setHost(host)
            .setPort(port)
            .setWebSocketSubProtocols(SUBPROTOCOLS)
            .setHandle100ContinueAutomatically(true)
            // plain HTTP/1.1 as an API server's plain port speaks it: no upgrade to h2c, which the
            // JDK's HTTP client asks for and whose upgrade left a request unanswered now and then
            .setHttp2ClearTextEnabled(false);
    var mock =
        new HttpServerRequestHandler(vertx) {
          @Override
          protected MockResponse onHttpRequest(RecordedRequest request) {
            return dispatcher.dispatch(request);
          }
        };
    HttpServer server =
        vertx
            .createHttpServer(options)
            .requestHandler(
                event -> {
                  if (HttpWatch.applies(event)) {
                    HttpWatch.serve(event, dispatcher);
                  } else {
                    mock.handle(event);
                  }
                });
    try {
      await(server.listen());
    } catch (RuntimeException e) {
      await(vertx.close());
      throw e;
    }
    return new ApiHttpServer(vertx, server, dispatcher);
  }

  int port() {
    return server.actualPort();
  }

  @Override
  public void close() {
    try {
      dispatcher.shutdown();
      await(server.close());
      dispatcher.releaseResources();
    } finally {
      await(vertx.close());
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the demo API's HTTP server failed: " + e.getMessage(), e);
    }
  }
}
