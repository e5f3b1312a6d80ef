package io.virtdeck.demo.console;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * KubeVirt's console subresources for the demo API: {@code GET
 * .../virtualmachineinstances/NAME/vnc} and {@code /console} as WebSocket upgrades (subprotocol
 * {@code plain.kubevirt.io}) to an RFB server and a line shell, and {@code vnc/screenshot} as a
 * PNG. Refused as virt-api refuses: 404 when the VMI does not exist, 400 "VMI is not running" when
 * it is not running, 409 when a session is open and {@code preserveSession=true} was asked;
 * otherwise a new session drops the open one. Authorization is the dispatcher's, before this is
 * asked.
 */
public final class ConsoleServer implements AutoCloseable {

  /** The only subprotocol virt-api offers for consoles. */
  public static final String SUBPROTOCOL = "plain.kubevirt.io";

  private final Function<String, @Nullable GenericKubernetesResource> objects;
  private final GuestScreens screens;
  private final ConsoleSessions sessions;
  private final Clock clock;

  /**
   * @param objects the stored object at an API path, or null
   */
  public ConsoleServer(Function<String, @Nullable GenericKubernetesResource> objects, Clock clock) {
    this.objects = objects;
    this.clock = clock;
    this.screens = new GuestScreens(clock);
    this.sessions = new ConsoleSessions(vmiPath -> running(objects.apply(vmiPath)));
  }

  /** The answer to a console request, or null when {@code pathWithQuery} is none. */
  public @Nullable MockResponse answer(String method, String pathWithQuery) {
    ConsolePath path = ConsolePath.parse(pathWithQuery);
    if (path == null || !"GET".equals(method)) {
      return null;
    }
    GenericKubernetesResource vmi = objects.apply(path.vmiPath());
    if (vmi == null) {
      return Statuses.status(
          404, "NotFound", "virtualmachineinstance \"" + path.name() + "\" not found");
    }
    if (!running(vmi)) {
      return Statuses.status(400, "BadRequest", "VMI is not running");
    }
    GuestScreen screen = screens.of(vmi, () -> objects.apply(path.vmPath()));
    if (path.kind().equals(ConsolePath.SCREENSHOT)) {
      return new MockResponse()
          .setResponseCode(200)
          .setHeader("Content-Type", "image/png")
          .setBody(Screenshots.png(screen.screen()));
    }
    if (path.preserveSession() && sessions.open(path.sessionKey())) {
      return Statuses.status(409, "Conflict", "A console session is already open for this VMI");
    }
    var listener =
        path.kind().equals(ConsolePath.VNC)
            ? ConsoleSocket.vnc(path, screen, sessions)
            : ConsoleSocket.serial(path, screen.facts(), clock, sessions);
    return new MockResponse().withWebSocketUpgrade(listener);
  }

  /** The number of console sessions open now. */
  public int openSessions() {
    return sessions.count();
  }

  private boolean running(@Nullable Object vmi) {
    if (vmi instanceof GenericKubernetesResource resource) {
      Map<String, Object> fields = resource.getAdditionalProperties();
      return "Running".equals(Fields.at(fields, "status", "phase"));
    }
    return false;
  }

  @Override
  public void close() {
    sessions.close();
  }
}
