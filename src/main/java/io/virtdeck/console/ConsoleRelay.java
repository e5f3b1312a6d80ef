package io.virtdeck.console;

import io.fabric8.kubernetes.client.http.WebSocket;
import io.fabric8.kubernetes.client.http.WebSocketHandshakeException;
import io.virtdeck.cluster.UserIdentity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * One open console: bytes from the browser go to the API's console socket and back. One message
 * from the API is in flight to the browser at a time (the next is requested when it is sent); the
 * browser's bytes waiting for the API are limited. Either side closing closes the other.
 */
final class ConsoleRelay implements WebSocket.Listener {

  private final ConsoleTarget target;
  private final UserIdentity user;
  private final WebSocketSession browser;
  private final int inputLimit;
  private final BooleanSupplier vmRunning;
  private final RelayEvents events;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable WebSocket api;

  /** A connection given up for a new one: what it still says is not the console's any more. */
  private volatile @Nullable WebSocket abandoned;

  private volatile boolean heard;
  private final long created = System.nanoTime();
  private volatile long answeredAt;
  private volatile long openedAt;
  private volatile long heardAt;
  private final AtomicInteger toBrowser = new AtomicInteger();
  private volatile long lastActivity = created;
  private volatile boolean takenOver;

  /** What the registry learns about a relay. */
  interface RelayEvents {
    void connected(ConsoleRelay relay);

    void closed(ConsoleRelay relay, CloseStatus status);
  }

  ConsoleRelay(
      ConsoleTarget target,
      UserIdentity user,
      WebSocketSession browser,
      int inputLimit,
      BooleanSupplier vmRunning,
      RelayEvents events) {
    this.target = target;
    this.user = user;
    this.browser = browser;
    this.inputLimit = inputLimit;
    this.vmRunning = vmRunning;
    this.events = events;
  }

  ConsoleTarget target() {
    return target;
  }

  UserIdentity user() {
    return user;
  }

  long lastActivityNanos() {
    return lastActivity;
  }

  boolean isClosed() {
    return closed.get();
  }

  /** Another VirtDeck user is taking this VNC console over: the API will drop this session. */
  void takenOver() {
    takenOver = true;
  }

  /** The API's answer to the connection attempt. */
  void connected(@Nullable WebSocket socket, @Nullable Throwable failure) {
    answeredAt = System.nanoTime();
    if (failure != null || socket == null) {
      close(refusal(failure));
      return;
    }
    if (closed.get()) {
      socket.sendClose(1000, "The browser went away");
    }
  }

  /** Whether the API's side is connected and has said nothing yet. */
  boolean silent() {
    return !heard && !closed.get() && api != null;
  }

  /**
   * If the API's side is connected and still silent, gives that connection up (it is closed, and
   * what it still says is ignored) and connects again with {@code open}: for a VNC server whose
   * greeting did not arrive. Atomic with the arrival of a first message, so that a greeting that
   * comes meanwhile is either relayed (and nothing is reconnected) or ignored.
   *
   * @return whether it connects again
   */
  boolean reconnectIfSilent(Supplier<CompletableFuture<WebSocket>> open) {
    WebSocket old;
    synchronized (this) {
      if (!silent()) {
        return false;
      }
      old = java.util.Objects.requireNonNull(api);
      abandoned = old;
      api = null;
    }
    old.sendClose(1000, "No greeting: connecting again");
    open.get().whenComplete(this::connected);
    return true;
  }

  /** Whether a message on {@code socket} is the console's; the first one counts as heard. */
  private synchronized boolean heardOn(WebSocket socket) {
    if (socket == abandoned) {
      return false;
    }
    if (!heard) {
      heardAt = System.nanoTime();
    }
    heard = true;
    return true;
  }

  /**
   * Whether the API has not answered the connection attempt: neither connected nor refused. Its
   * connect timeout should have ended the attempt; a console in this state waits for nothing.
   */
  boolean unanswered() {
    return answeredAt == 0 && openedAt == 0 && !closed.get();
  }

  /**
   * Closes the console as unreachable if the API has still not answered: for a connection attempt
   * that its connect timeout did not end.
   *
   * @return whether it closed the console
   */
  boolean closeIfUnanswered() {
    if (!unanswered()) {
      return false;
    }
    close(CloseReasons.UNREACHABLE);
    return true;
  }

  /** Where this console is, for the log and for a test that waited in vain. */
  String describe() {
    return "%s as %s: API answered %s, opened %s, first bytes %s, %d messages to the browser%s%s"
        .formatted(
            target.describe(),
            user.username(),
            since(answeredAt),
            since(openedAt),
            since(heardAt),
            toBrowser.get(),
            abandoned == null ? "" : ", reconnected",
            closed.get() ? ", closed" : "");
  }

  private String since(long at) {
    return at == 0 ? "never" : "after " + (at - created) / 1_000_000 + " ms";
  }

  @Override
  public void onOpen(WebSocket socket) {
    openedAt = System.nanoTime();
    api = socket;
    if (closed.get()) {
      socket.sendClose(1000, "The browser went away");
      return;
    }
    if (abandoned == null) {
      events.connected(this); // once per console, not again for a second connection
    }
    socket.request();
  }

  /** Bytes typed or sent by the browser. */
  void fromBrowser(ByteBuffer data) {
    lastActivity = System.nanoTime();
    WebSocket socket = api;
    if (socket == null || closed.get()) {
      return; // nothing to type into yet: the guest has not spoken
    }
    if (socket.queueSize() + data.remaining() > inputLimit) {
      close(CloseReasons.TOO_MUCH_INPUT);
      return;
    }
    socket.send(data);
  }

  @Override
  public void onMessage(WebSocket socket, ByteBuffer bytes) {
    if (!heardOn(socket)) {
      return;
    }
    byte[] copy = new byte[bytes.remaining()];
    bytes.get(copy);
    toBrowser(socket, copy);
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    if (!heardOn(socket)) {
      return;
    }
    toBrowser(socket, text.getBytes(StandardCharsets.UTF_8));
  }

  private void toBrowser(WebSocket socket, byte[] bytes) {
    lastActivity = System.nanoTime();
    Thread.ofVirtual()
        .name("console-relay")
        .start(
            () -> {
              try {
                browser.sendMessage(new BinaryMessage(bytes));
                toBrowser.incrementAndGet();
                socket.request();
              } catch (IOException | RuntimeException gone) {
                close(CloseStatus.GOING_AWAY);
              }
            });
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason) {
    if (socket == abandoned) {
      return;
    }
    if (!vmRunning.getAsBoolean()) {
      close(CloseReasons.POWERED_OFF);
    } else {
      close(takenOver ? CloseReasons.TAKEN_OVER : CloseReasons.API_CLOSED);
    }
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    if (socket == abandoned) {
      return;
    }
    close(vmRunning.getAsBoolean() ? CloseReasons.UNREACHABLE : CloseReasons.POWERED_OFF);
  }

  /** The browser closed its side. */
  void browserClosed(CloseStatus status) {
    close(status);
  }

  /** Closes both sides once; {@code status} is what the browser is told. */
  void close(CloseStatus status) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    WebSocket socket = api;
    if (socket != null) {
      socket.sendClose(1000, "Console closed");
    }
    if (browser.isOpen()) {
      try {
        browser.close(status);
      } catch (IOException | RuntimeException alreadyGone) {
        // the browser's socket is gone; nothing more to tell it
      }
    }
    events.closed(this, status);
  }

  private static CloseStatus refusal(@Nullable Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof WebSocketHandshakeException handshake) {
        return CloseReasons.ofHandshake(handshake.getResponse().code());
      }
    }
    return CloseReasons.UNREACHABLE;
  }
}
