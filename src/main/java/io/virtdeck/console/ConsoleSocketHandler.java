package io.virtdeck.console;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.security.AuditLog;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The browser's side of a console: checks that the user may {@code get} the VMI's {@code vnc} or
 * {@code console} subresource (asking the API server as the user) before anything else is sent,
 * then relays to the API's console socket opened as the user.
 */
@Component
class ConsoleSocketHandler extends AbstractWebSocketHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSocketHandler.class);

  static final String USER = "virtdeck.console.user";
  private static final String RELAY = "virtdeck.console.relay";
  private static final int SEND_TIME_LIMIT_MILLIS = 30_000;
  private static final int SEND_BUFFER_LIMIT = 8 << 20;

  private final AccessReviews access;
  private final ApiConsoles api;
  private final OpenConsoles consoles;
  private final RunningInstances instances;
  private final AuditLog audit;
  private final ConsoleProperties properties;

  ConsoleSocketHandler(
      AccessReviews access,
      ApiConsoles api,
      OpenConsoles consoles,
      RunningInstances instances,
      AuditLog audit,
      ConsoleProperties properties) {
    this.access = access;
    this.api = api;
    this.consoles = consoles;
    this.instances = instances;
    this.audit = audit;
    this.properties = properties;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession session) throws Exception {
    UserIdentity user = (UserIdentity) Objects.requireNonNull(session.getAttributes().get(USER));
    URI uri = Objects.requireNonNull(session.getUri());
    Optional<ConsoleTarget> parsed = ConsoleTarget.parse(uri.getPath(), uri.getQuery());
    if (parsed.isEmpty()) {
      session.close(CloseReasons.BAD_TARGET);
      return;
    }
    ConsoleTarget target = parsed.get();
    if (!access.allowed(user, permission(target))) {
      audit.record(user, "Open console", target.describe(), "denied");
      session.close(CloseReasons.FORBIDDEN);
      return;
    }
    var browser =
        new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MILLIS, SEND_BUFFER_LIMIT);
    var relay =
        new ConsoleRelay(
            target, user, browser, properties.inputLimitBytes(), () -> running(target), consoles);
    session.getAttributes().put(RELAY, relay);
    consoles.opening(relay);
    if (target.takeOver() && target.kind() == ConsoleKind.VNC) {
      consoles.takingOver(relay);
    }
    api.open(user, target, relay).whenComplete(relay::connected);
    if (target.kind() == ConsoleKind.VNC) {
      after(properties.greetingTimeout(), () -> greetedOrAgain(user, target, relay));
    }
    after(ApiConsoles.CONNECT_TIMEOUT.plus(properties.greetingTimeout()), () -> answered(relay));
  }

  private static void after(Duration delay, Runnable check) {
    CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(check);
  }

  /**
   * The API's connect timeout ends an attempt that gets no answer; should it not, the console is
   * closed as unreachable rather than left connecting.
   */
  private static void answered(ConsoleRelay relay) {
    String state = relay.describe();
    if (relay.closeIfUnanswered()) {
      LOG.warn("Console {}: no answer from the API, closed", state);
    }
  }

  /**
   * A VNC server greets first: one that has not, though connected, lost its greeting on the way
   * (seen under load), and the console is connected once more, taking its own session over.
   */
  private void greetedOrAgain(UserIdentity user, ConsoleTarget target, ConsoleRelay relay) {
    var again = new ConsoleTarget(target.namespace(), target.name(), target.kind(), true);
    boolean reconnected =
        relay.reconnectIfSilent(
            () -> {
              consoles.takingOver(relay);
              return api.open(user, again, relay);
            });
    if (reconnected) {
      LOG.info("Console {}: no greeting from the VNC server, connected again", relay.describe());
    }
  }

  /** The permission KubeVirt checks for the console: get on the VMI's subresource. */
  static AccessRequest permission(ConsoleTarget target) {
    return AccessRequest.of("get", "subresources.kubevirt.io", "virtualmachineinstances")
        .subresource(target.kind().subresource())
        .in(target.namespace())
        .named(target.name());
  }

  private boolean running(ConsoleTarget target) {
    return instances.running(new ResourceKey(target.namespace(), target.name()));
  }

  @Override
  protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
    if (session.getAttributes().get(RELAY) instanceof ConsoleRelay relay) {
      relay.fromBrowser(message.getPayload());
    }
  }

  @Override
  protected void handleTextMessage(WebSocketSession session, TextMessage message) {
    if (session.getAttributes().get(RELAY) instanceof ConsoleRelay relay) {
      relay.fromBrowser(ByteBuffer.wrap(message.getPayload().getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Override
  public void handleTransportError(WebSocketSession session, Throwable exception) {
    if (session.getAttributes().get(RELAY) instanceof ConsoleRelay relay) {
      relay.close(CloseStatus.SERVER_ERROR);
    }
  }

  @Override
  public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
    if (session.getAttributes().get(RELAY) instanceof ConsoleRelay relay) {
      relay.browserClosed(status);
    }
  }
}
