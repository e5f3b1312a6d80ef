package io.virtdeck.demo.console;

import io.fabric8.mockwebserver.http.WebSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The open console sessions, one per VMI and kind as KubeVirt allows: a new one drops the old one,
 * and a session whose VMI stops running is closed (checked every second).
 */
final class ConsoleSessions implements AutoCloseable {

  static final int NORMAL_CLOSURE = 1000;
  static final String TAKEN_OVER = "Another console connection took over this session";
  static final String STOPPED = "VMI is not running";

  private record Session(WebSocket socket, String vmiPath) {}

  private final Map<String, Session> open = new ConcurrentHashMap<>();
  private final Predicate<String> running;
  private @Nullable ScheduledExecutorService checks;

  /**
   * @param running whether the VMI at an API path is running
   */
  ConsoleSessions(Predicate<String> running) {
    this.running = running;
  }

  boolean open(String key) {
    return open.containsKey(key);
  }

  int count() {
    return open.size();
  }

  /** Records a new session, closing the one it replaces. */
  void opened(String key, String vmiPath, WebSocket socket) {
    Session previous = open.put(key, new Session(socket, vmiPath));
    if (previous != null) {
      previous.socket().close(NORMAL_CLOSURE, TAKEN_OVER);
    }
    startChecks();
  }

  void closed(String key, WebSocket socket) {
    open.computeIfPresent(key, (k, session) -> session.socket() == socket ? null : session);
  }

  private synchronized void startChecks() {
    if (checks == null) {
      checks =
          Executors.newSingleThreadScheduledExecutor(
              r -> Thread.ofPlatform().daemon().name("demo-console-checks").unstarted(r));
      checks.scheduleWithFixedDelay(this::closeStopped, 1, 1, TimeUnit.SECONDS);
    }
  }

  private void closeStopped() {
    open.forEach(
        (key, session) -> {
          if (!running.test(session.vmiPath())) {
            open.remove(key, session);
            session.socket().close(NORMAL_CLOSURE, STOPPED);
          }
        });
  }

  @Override
  public synchronized void close() {
    if (checks != null) {
      checks.shutdownNow();
    }
    open.values().forEach(s -> s.socket().close(1001, "The demo cluster is stopping"));
    open.clear();
  }
}
