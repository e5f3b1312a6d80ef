package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Makes the CRUD store's WebSocket watch honour {@code resourceVersion} as a real API server does:
 * the store replays every stored object as ADDED when a watch opens, so an informer that has just
 * listed 45,000 VMs would receive and parse them all a second time. ADDED events for objects at or
 * below the requested resourceVersion are dropped. Closing a watch never holds the event loop.
 */
final class WatchReplayFilter extends WebSocketListener {

  private static final Pattern SINCE = Pattern.compile("[?&]resourceVersion=(\\d+)");
  private static final Pattern VERSION = Pattern.compile("\"resourceVersion\":\"(\\d+)\"");
  private static final String ADDED = "{\"type\":\"ADDED\"";

  private final WebSocketListener watch;
  private final long since;

  private WatchReplayFilter(WebSocketListener watch, long since) {
    this.watch = watch;
    this.since = since;
  }

  /** The listener for a watch request at {@code path}: filtered when it names a version. */
  static WebSocketListener of(WebSocketListener watch, String path) {
    var since = SINCE.matcher(path);
    if (!since.find()) {
      return new WatchReplayFilter(watch, -1); // replays everything, closes off the event loop
    }
    return new WatchReplayFilter(watch, Long.parseLong(since.group(1)));
  }

  boolean passes(String event) {
    if (!event.startsWith(ADDED)) {
      return true;
    }
    var version = VERSION.matcher(event);
    return !version.find() || Long.parseLong(version.group(1)) > since;
  }

  private WebSocket filtered(WebSocket socket) {
    return new WebSocket() {
      @Override
      public RecordedRequest request() {
        return socket.request();
      }

      @Override
      public boolean send(String text) {
        return !passes(text) || socket.send(text);
      }

      @Override
      public boolean send(byte[] bytes) {
        return socket.send(bytes);
      }

      @Override
      public boolean close(int code, @Nullable String reason) {
        return socket.close(code, reason);
      }
    };
  }

  @Override
  public void onBeforeAccept(WebSocket socket, Response response) {
    watch.onBeforeAccept(filtered(socket), response);
  }

  @Override
  public void onOpen(WebSocket socket, Response response) {
    watch.onOpen(filtered(socket), response);
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    watch.onMessage(filtered(socket), text);
  }

  @Override
  public void onMessage(WebSocket socket, ByteString bytes) {
    watch.onMessage(filtered(socket), bytes);
  }

  @Override
  public void onClosing(WebSocket socket, int code, String reason) {
    watch.onClosing(filtered(socket), code, reason);
  }

  /**
   * Off the calling thread: the mock's listener then waits up to a minute for its queued sends to a
   * slow watcher, and those sends need the very event loop that calls this, which stalled every
   * request to the demo API for the whole minute whenever a busy watch closed.
   */
  @Override
  public void onClosed(WebSocket socket, int code, String reason) {
    WebSocket wrapped = filtered(socket);
    Thread.ofVirtual().name("watch-closed").start(() -> watch.onClosed(wrapped, code, reason));
  }

  /** Off the calling thread, as {@link #onClosed}. */
  @Override
  public void onFailure(WebSocket socket, Throwable failure, @Nullable Response response) {
    WebSocket wrapped = filtered(socket);
    Thread.ofVirtual()
        .name("watch-failed")
        .start(() -> watch.onFailure(wrapped, failure, response));
  }
}
