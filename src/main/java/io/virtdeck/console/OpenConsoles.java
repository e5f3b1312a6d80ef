package io.virtdeck.console;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.virtdeck.security.AuditLog;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;

/**
 * The consoles open now: counted in the gauge {@code virtdeck.consoles.open}, audited when they
 * open and close, and closed after the configured time without a byte in either direction.
 */
@Component
public class OpenConsoles implements DisposableBean, ConsoleRelay.RelayEvents {

  private final Set<ConsoleRelay> open = ConcurrentHashMap.newKeySet();
  private final AuditLog audit;
  private final Duration idleTimeout;
  private final ScheduledExecutorService idleChecks =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("console-idle-checks").unstarted(r));

  public OpenConsoles(MeterRegistry meters, AuditLog audit, ConsoleProperties properties) {
    this.audit = audit;
    this.idleTimeout = properties.idleTimeout();
    Gauge.builder("virtdeck.consoles.open", open, Set::size)
        .description("Web and serial consoles open now")
        .register(meters);
    long period = Math.clamp(idleTimeout.toMillis() / 4, 100, 5_000);
    idleChecks.scheduleWithFixedDelay(this::closeIdle, period, period, TimeUnit.MILLISECONDS);
  }

  /** How many consoles are open. */
  public int count() {
    return open.size();
  }

  /** Each open console's state, one per line: for the log and for a test that waited in vain. */
  String describe() {
    var lines = new StringBuilder();
    open.forEach(relay -> lines.append(relay.describe()).append('\n'));
    return lines.toString();
  }

  void opening(ConsoleRelay relay) {
    open.add(relay);
  }

  /**
   * A console that takes a VNC session over is opening: the open consoles of the same VM will be
   * dropped by the API, and their users are told who did it, not only that the connection closed.
   */
  void takingOver(ConsoleRelay relay) {
    ConsoleTarget target = relay.target();
    for (ConsoleRelay other : open) {
      if (other != relay
          && other.target().kind() == target.kind()
          && other.target().namespace().equals(target.namespace())
          && other.target().name().equals(target.name())) {
        other.takenOver();
      }
    }
  }

  @Override
  public void connected(ConsoleRelay relay) {
    audit.record(relay.user(), "Open console", relay.target().describe(), "connected");
  }

  @Override
  public void closed(ConsoleRelay relay, CloseStatus status) {
    if (open.remove(relay)) {
      audit.record(
          relay.user(),
          "Close console",
          relay.target().describe(),
          status.getCode() + " " + (status.getReason() == null ? "" : status.getReason()));
    }
  }

  private void closeIdle() {
    long now = System.nanoTime();
    for (ConsoleRelay relay : open) {
      if (now - relay.lastActivityNanos() > idleTimeout.toNanos()) {
        relay.close(CloseReasons.IDLE);
      }
    }
  }

  @Override
  public void destroy() {
    idleChecks.shutdownNow();
    open.forEach(relay -> relay.close(CloseStatus.SERVICE_RESTARTED));
  }
}
