package io.virtdeck.console;

import io.virtdeck.VirtDeckApplication;
import io.virtdeck.demo.DemoCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console benchmark (docs/BENCHMARKS.md; run it with {@code
 * src/test/bench/console-benchmark.sh}): VirtDeck on its embedded demo cluster in this JVM, and
 * consoles of the demo VM {@code shop/web-01} opened as helpdesk through VirtDeck's relay ({@code
 * /console-ws/...}) and, to tell the relay's own part, straight to the demo API's subresources.
 * Prints each figure; the browser's figures come from {@link ConsoleBrowserBench}.
 */
public final class ConsoleBenchmark {

  private static final String VNC = "/shop/web-01/vnc";
  private static final String SERIAL = "/shop/web-01/serial";

  private final SignedInClient helpdesk;
  private final String apiBase;
  private final HttpClient direct = HttpClient.newHttpClient();

  private ConsoleBenchmark(SignedInClient helpdesk, String apiBase) {
    this.helpdesk = helpdesk;
    this.apiBase = apiBase;
  }

  public static void main(String[] args) throws Exception {
    Map<String, Integer> options = options(args);
    Map<String, String> report =
        new TreeMap<>() {
          @Override
          public String put(String name, String value) {
            System.out.println(name.substring(2) + ": " + value);
            return super.put(name, value);
          }
        };
    System.out.println("machine: " + machine());
    System.out.println("load average at start: " + loadAverage());
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(VirtDeckApplication.class)
            .run(
                "--server.port=0",
                "--virtdeck.demo.kubeconfig=target/bench/console-demo.kubeconfig",
                "--virtdeck.demo.vm-count=40", // running VMs enough for 50 consoles at once
                "--logging.level.root=WARN");
    try {
      int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      var demo = app.getBean(DemoCluster.class);
      var consoles = app.getBean(OpenConsoles.class);
      var bench =
          new ConsoleBenchmark(
              SignedInClient.signIn(port, "helpdesk"),
              demo.server().url().replaceAll("/+$", "").replace("http", "ws"));
      bench.waitUntilWebRuns();
      int opens = options.get("opens");
      bench.openToFirstFrame(true, opens / 5, new BenchStats()); // warm-up
      bench.openToFirstFrame(false, opens / 5, new BenchStats());
      var relayed = new BenchStats();
      var straight = new BenchStats();
      for (int i = 0; i < opens; i++) {
        bench.openToFirstFrame(true, 1, relayed);
        bench.openToFirstFrame(false, 1, straight);
      }
      report.put("1 open -> first frame, through VirtDeck", relayed.summary());
      report.put("1 open -> first frame, straight to the API", straight.summary());
      int keys = options.get("keys");
      report.put("2 serial keystroke -> echo, through VirtDeck", bench.echo(true, keys).summary());
      report.put(
          "2 serial keystroke -> echo, straight to the API", bench.echo(false, keys).summary());
      int frames = options.get("frames");
      report.put(
          "3 relay throughput, whole screens, through VirtDeck", bench.throughput(true, frames));
      report.put(
          "3 relay throughput, whole screens, straight to the API",
          bench.throughput(false, frames));
      if (options.get("consoles") > 0) {
        report.put(
            "7 server memory, many consoles open at once",
            new ConsoleMemoryBench(demo, consoles, bench::open).run(options.get("consoles")));
      }
      if (options.get("browser-runs") > 0) {
        new ConsoleBrowserBench(port, consoles, demo)
            .run(options.get("browser-runs"), options.get("browser-keys"), report);
      }
    } finally {
      app.close();
    }
    System.out.println("\nAll figures:");
    report.forEach((name, value) -> System.out.println(name.substring(2) + ": " + value));
    System.out.println("load average at the end: " + loadAverage());
    System.exit(0);
  }

  private WebSocket open(boolean relay, String console, SocketBytes listener) throws Exception {
    if (relay) {
      // taking over: the API side of the previous VNC session may still be closing
      String query = console.endsWith("vnc") ? "?takeOver=true" : "";
      return helpdesk.open(ConsoleTarget.PREFIX + console.substring(1) + query, listener);
    }
    String subresource = console.endsWith("vnc") ? "vnc" : "console";
    String[] parts = console.split("/");
    return direct
        .newWebSocketBuilder()
        .header("Authorization", "Bearer virtdeck-demo-admin")
        .subprotocols(ApiConsoles.SUBPROTOCOL)
        .buildAsync(
            URI.create(
                apiBase
                    + "/apis/subresources.kubevirt.io/v1/namespaces/"
                    + parts[1]
                    + "/virtualmachineinstances/"
                    + parts[2]
                    + "/"
                    + subresource),
            listener)
        .get(30, TimeUnit.SECONDS);
  }

  private static void close(WebSocket socket, SocketBytes bytes) throws Exception {
    socket.sendClose(1000, "done").join();
    bytes.closed.get(30, TimeUnit.SECONDS);
  }

  private void waitUntilWebRuns() throws Exception {
    for (int attempt = 0; ; attempt++) {
      var bytes = new SocketBytes();
      var socket = open(true, SERIAL, bytes);
      try {
        bytes.skipPast("login: ");
        close(socket, bytes);
        return;
      } catch (Exception notYet) {
        if (attempt > 60) {
          throw notYet;
        }
        Thread.sleep(1000);
      }
    }
  }

  /** From opening the WebSocket to the last byte of the first whole-screen update. */
  private void openToFirstFrame(boolean relay, int times, BenchStats stats) throws Exception {
    for (int i = 0; i < times; i++) {
      var bytes = new SocketBytes();
      long start = System.nanoTime();
      var socket = open(relay, VNC, bytes);
      var rfb = new RfbProbe(bytes, socket);
      rfb.handshake();
      rfb.requestWholeScreen();
      rfb.readUpdate();
      stats.add(System.nanoTime() - start);
      close(socket, bytes);
    }
  }

  /** At the serial console's login prompt: a key sent until its echo arrives, then DEL. */
  private BenchStats echo(boolean relay, int keys) throws Exception {
    var stats = new BenchStats();
    var bytes = new SocketBytes();
    var socket = open(relay, SERIAL, bytes);
    bytes.skipPast("login: ");
    bytes.drain();
    for (int i = 0; i < keys + 20; i++) {
      long start = System.nanoTime();
      socket.sendBinary(ByteBuffer.wrap(new byte[] {'a'}), true).join();
      bytes.skipPast("a");
      if (i >= 20) { // the first keys warm the path up
        stats.add(System.nanoTime() - start);
      }
      socket.sendBinary(ByteBuffer.wrap(new byte[] {0x7f}), true).join();
      bytes.skipPast("\b \b");
    }
    close(socket, bytes);
    return stats;
  }

  /** Whole-screen updates asked and read one after the other: MiB/s and frames/s. */
  private String throughput(boolean relay, int frames) throws Exception {
    var bytes = new SocketBytes();
    var socket = open(relay, VNC, bytes);
    var rfb = new RfbProbe(bytes, socket);
    rfb.handshake();
    for (int i = 0; i < 20; i++) {
      rfb.requestWholeScreen();
      rfb.readUpdate();
    }
    long total = 0;
    long start = System.nanoTime();
    for (int i = 0; i < frames; i++) {
      rfb.requestWholeScreen();
      total += rfb.readUpdate();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    close(socket, bytes);
    return String.format(
        Locale.ROOT,
        "%.1f MiB/s, %.0f frames/s (%d frames of %d KiB)",
        total / seconds / (1 << 20),
        frames / seconds,
        frames,
        total / frames / 1024);
  }

  private static Map<String, Integer> options(String[] args) {
    Map<String, Integer> options = new TreeMap<>();
    options.put("opens", 50);
    options.put("keys", 300);
    options.put("frames", 300);
    options.put("consoles", 50);
    options.put("browser-runs", 10);
    options.put("browser-keys", 100);
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      if (!options.containsKey(pair[0]) || pair.length != 2) {
        throw new IllegalArgumentException("Unknown option " + arg + "; known: " + options);
      }
      options.put(pair[0], Integer.parseInt(pair[1]));
    }
    return options;
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(line -> line.startsWith("model name"))
              .map(line -> line.substring(line.indexOf(':') + 1).strip())
              .findFirst()
              .orElse(cpu);
    } catch (Exception notLinux) {
      // the CPU's name stays unknown
    }
    return String.format(
        Locale.ROOT,
        "%s, %d cores seen by the JVM, %s, Java %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.version"));
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception notLinux) {
      return "unknown";
    }
  }
}
