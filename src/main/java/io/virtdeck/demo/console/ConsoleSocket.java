package io.virtdeck.demo.console;

import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One console WebSocket of the demo API: bytes in to a guest, the guest's bytes out. */
final class ConsoleSocket extends WebSocketListener {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSocket.class);

  /** What one connection talks to: bytes in, and a start that may send the first bytes. */
  private interface Peer {
    void start();

    void receive(byte[] data);
  }

  private final ConsolePath path;
  private final ConsoleSessions sessions;
  private final Function<Consumer<byte[]>, Peer> peers;
  private volatile Peer peer = NOBODY;

  private static final Peer NOBODY =
      new Peer() {
        @Override
        public void start() {}

        @Override
        public void receive(byte[] data) {}
      };

  private ConsoleSocket(
      ConsolePath path, ConsoleSessions sessions, Function<Consumer<byte[]>, Peer> peers) {
    this.path = path;
    this.sessions = sessions;
    this.peers = peers;
  }

  /** An RFB connection to the VM's screen. */
  static ConsoleSocket vnc(ConsolePath path, GuestScreen screen, ConsoleSessions sessions) {
    return new ConsoleSocket(
        path,
        sessions,
        out -> {
          var rfb = new RfbConnection(screen, out);
          return new Peer() {
            @Override
            public void start() {
              rfb.open();
            }

            @Override
            public void receive(byte[] data) {
              rfb.receive(data);
            }
          };
        });
  }

  /** A serial line to a new login shell on the guest. */
  static ConsoleSocket serial(
      ConsolePath path, GuestFacts facts, Clock clock, ConsoleSessions sessions) {
    return new ConsoleSocket(
        path,
        sessions,
        out -> {
          var shell = new LineShell(facts, clock);
          return new Peer() {
            @Override
            public void start() {
              out.accept(bytes(shell.start()));
            }

            @Override
            public void receive(byte[] data) {
              out.accept(bytes(shell.type(new String(data, StandardCharsets.UTF_8))));
            }
          };
        });
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void onOpen(WebSocket socket, Response response) {
    sessions.opened(path.sessionKey(), path.vmiPath(), socket);
    peer =
        peers.apply(
            data -> {
              if (data.length > 0) {
                socket.send(data);
              }
            });
    peer.start();
  }

  @Override
  public void onMessage(WebSocket socket, byte[] bytes) {
    try {
      peer.receive(bytes);
    } catch (RuntimeException broken) {
      LOG.debug("Console {}: {}", path.sessionKey(), broken.getMessage());
      socket.close(1002, String.valueOf(broken.getMessage()));
    }
  }

  @Override
  public void onMessage(WebSocket socket, ByteString bytes) {
    onMessage(socket, bytes.toByteArray());
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    onMessage(socket, bytes(text));
  }

  @Override
  public void onClosing(WebSocket socket, int code, String reason) {
    sessions.closed(path.sessionKey(), socket);
  }

  @Override
  public void onClosed(WebSocket socket, int code, String reason) {
    sessions.closed(path.sessionKey(), socket);
  }

  @Override
  public void onFailure(WebSocket socket, Throwable failure, Response response) {
    sessions.closed(path.sessionKey(), socket);
  }
}
