package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A watch over plain HTTP, as kube-apiserver serves it to kubectl: a 200 response with chunked
 * transfer encoding and one JSON watch event per line, open until either side ends it. The store's
 * WebSocket watch is connected to a stand-in socket that writes each event it sends as a line.
 */
final class HttpWatch {

  private static final Pattern WATCH = Pattern.compile("[?&]watch=(true|1)(&|$)");

  private HttpWatch() {}

  /** Whether {@code event} is a watch over plain HTTP (a GET with watch=true, no upgrade). */
  static boolean applies(HttpServerRequest event) {
    String upgrade = event.getHeader("Upgrade");
    return event.method() == io.vertx.core.http.HttpMethod.GET
        && (upgrade == null || !upgrade.toLowerCase(Locale.ROOT).contains("websocket"))
        && WATCH.matcher(event.uri()).find();
  }

  static void serve(HttpServerRequest event, Dispatcher dispatcher) {
    var request =
        new RecordedRequest(
            event.version().alpnName().toUpperCase(Locale.ROOT),
            HttpMethod.GET,
            event.uri(),
            Headers.builder().addAll(event.headers()).build(),
            new Buffer());
    MockResponse answer = dispatcher.dispatch(request);
    HttpServerResponse out = event.response();
    WebSocketListener watch = answer.getWebSocketListener();
    if (watch == null) {
      out.setStatusCode(answer.code());
      answer.getHeaders().toMultimap().forEach((name, values) -> out.headers().add(name, values));
      byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody().getBytes();
      out.end(io.vertx.core.buffer.Buffer.buffer(body));
      return;
    }
    out.setStatusCode(200).setChunked(true).putHeader("Content-Type", "application/json");
    // headers at once, as kube-apiserver sends them: client-go waits for them before it reads any
    // event, and a quiet collection would otherwise hold kubectl wait (and its timeout) for ever
    out.writeHead();
    var socket =
        new LineSocket(
            request, out, TableWatchEvents.transform(event.uri(), event.getHeader("Accept")));
    out.closeHandler(closed -> socket.closedByClient(watch));
    watch.onOpen(socket, answer);
  }

  /** Writes what the watch sends as lines of the response; closing ends the response. */
  private static final class LineSocket implements WebSocket {

    private final RecordedRequest request;
    private final HttpServerResponse out;
    private final UnaryOperator<String> transform;
    private final AtomicBoolean open = new AtomicBoolean(true);

    LineSocket(RecordedRequest request, HttpServerResponse out, UnaryOperator<String> transform) {
      this.request = request;
      this.out = out;
      this.transform = transform;
    }

    @Override
    public RecordedRequest request() {
      return request;
    }

    @Override
    public boolean send(String text) {
      if (!open.get()) {
        return false;
      }
      out.write(transform.apply(text) + "\n");
      return true;
    }

    @Override
    public boolean send(byte[] bytes) {
      return send(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public boolean close(int code, @Nullable String reason) {
      if (open.compareAndSet(true, false)) {
        out.end();
      }
      return true;
    }

    void closedByClient(WebSocketListener watch) {
      if (open.compareAndSet(true, false)) {
        watch.onClosed(this, 1000, "the client ended the watch");
      }
    }
  }
}
