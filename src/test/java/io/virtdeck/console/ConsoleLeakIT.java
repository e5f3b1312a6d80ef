package io.virtdeck.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.demo.DemoCluster;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hundred consoles opened and closed through VirtDeck's WebSocket leave nothing behind: no open
 * relay (and the gauge back to 0), no console session on the API side, no socket, no thread.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"virtdeck.demo.step=100ms"})
class ConsoleLeakIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** Pools (HTTP workers, the client's connections) may settle a little differently. */
  private static final int SLACK = 8;

  /**
   * Live heap may grow meanwhile (events, tasks of the demo's controllers), but far less than a
   * hundred consoles' buffers: a web console's first frame alone is about 1 MiB.
   */
  private static final long HEAP_SLACK = 48L << 20;

  @LocalServerPort int port;
  @Autowired OpenConsoles consoles;
  @Autowired MeterRegistry meters;
  @Autowired DemoCluster demo;
  @Autowired RunningInstances instances;

  @Test
  void aHundredOpensAndClosesLeaveNoRelaySessionSocketThreadOrMemoryBehind() throws Exception {
    // the demo cluster of this test's own context may still be booting its VMs
    await().atMost(PATIENCE).until(() -> instances.running(new ResourceKey("shop", "web-01")));
    var helpdesk = SignedInClient.signIn(port, "helpdesk");
    openAndClose(helpdesk, 10); // warms the pools up to what one console at a time needs
    await().atMost(PATIENCE).until(() -> consoles.count() == 0);
    int sessions = demo.server().openConsoleSessions();
    int threads = ManagementFactory.getThreadMXBean().getThreadCount();
    long sockets = openSockets();
    long heap = liveHeap();

    openAndClose(helpdesk, 100);

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              assertThat(consoles.count()).isZero();
              assertThat(meters.get("virtdeck.consoles.open").gauge().value()).isZero();
              assertThat(demo.server().openConsoleSessions()).isLessThanOrEqualTo(sessions);
              assertThat(ManagementFactory.getThreadMXBean().getThreadCount())
                  .isLessThanOrEqualTo(threads + SLACK);
              assertThat(openSockets()).isLessThanOrEqualTo(sockets + SLACK);
              assertThat(liveHeap()).isLessThan(heap + HEAP_SLACK);
            });
  }

  /** Opens a serial or web console, waits for the guest's first bytes, closes it, in turn. */
  private void openAndClose(SignedInClient user, int times) throws Exception {
    for (int i = 0; i < times; i++) {
      boolean vnc = i % 2 == 0;
      int n = i;
      // taking over: the API side of the previous VNC session may still be closing
      var console =
          user.console(
              vnc ? "/console-ws/shop/web-01/vnc?takeOver=true" : "/console-ws/shop/web-01/serial");
      try {
        try {
          var enter = new EnterWhileSilent(console, vnc);
          await().atMost(PATIENCE).until(() -> enter.hasSpoken() || console.closedCode.isDone());
        } catch (ConditionTimeoutException silent) {
          throw new AssertionError(
              "console %d (%s) neither spoke nor closed; open consoles:%n%s%s"
                  .formatted(n, vnc ? "vnc" : "serial", consoles.describe(), threads()),
              silent);
        }
        assertThat(console.bytes())
            .as(
                () ->
                    "console %d (%s) closed before the guest's first bytes: %s %s"
                        .formatted(
                            n,
                            vnc ? "vnc" : "serial",
                            console.closedCode.isCompletedExceptionally()
                                ? "error"
                                : console.closedCode.getNow(-1),
                            console.closedReason))
            .isNotEmpty();
      } catch (RuntimeException | AssertionError failed) {
        // close it, so that the shared demo cluster holds no session for the next test class
        console.socket.abort();
        throw failed;
      }
      console.socket.sendClose(1000, "done").join();
      assertThat(console.closedCode.get(60, TimeUnit.SECONDS)).isEqualTo(1000);
    }
  }

  /**
   * A serial console is silent until the guest prints (a real guest's getty printed its prompt long
   * before), and the demo guest's banner on connect can be lost in the race of the first frame with
   * the WebSocket upgrade, rarely and under load: as a user would, it presses Enter on a console
   * still silent after a while, and the guest answers with a prompt. A web console is never nudged:
   * its server speaks first, and VirtDeck itself reconnects one that does not ({@code
   * virtdeck.console.greeting-timeout}).
   */
  private static final class EnterWhileSilent {
    private static final long EVERY_NANOS = Duration.ofSeconds(2).toNanos();
    private final SignedInClient.Console console;
    private final boolean vnc;
    private long last = System.nanoTime();

    EnterWhileSilent(SignedInClient.Console console, boolean vnc) {
      this.console = console;
      this.vnc = vnc;
    }

    /** Whether the console has spoken; presses Enter on a silent serial console every 2 s. */
    boolean hasSpoken() {
      if (console.bytes().length > 0) {
        return true;
      }
      if (!vnc && System.nanoTime() - last > EVERY_NANOS) {
        last = System.nanoTime();
        console.socket.sendBinary(java.nio.ByteBuffer.wrap(new byte[] {'\r'}), true);
      }
      return false;
    }
  }

  /** The demo API's, the relay's and the servlet container's threads, for a console that hung. */
  private String threads() {
    var dump = new StringBuilder("demo API console sessions: ");
    dump.append(demo.server().openConsoleSessions()).append('\n');
    for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
      String name = thread.getThreadName();
      if (name.contains("vert.x") || name.contains("http-nio") || name.contains("console")) {
        dump.append(name).append(' ').append(thread.getThreadState()).append('\n');
        for (StackTraceElement frame : thread.getStackTrace()) {
          dump.append("    at ").append(frame).append('\n');
        }
      }
    }
    return dump.toString();
  }

  /** The heap in use right after a full collection. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The sockets this JVM holds open (Linux: its file descriptors that are sockets). */
  private static long openSockets() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fds)) {
      return 0;
    }
    try (Stream<Path> all = Files.list(fds)) {
      return all.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException gone) {
                  return false;
                }
              })
          .count();
    }
  }
}
