package io.virtdeck.bench;

import io.virtdeck.demo.scale.ScalePlan;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The scale benchmark: starts the demo cluster with the scale scenario in its own JVM, VirtDeck's
 * production jar in another against it (reading the demo cluster's Prometheus), opens real browser
 * sessions, and prints every figure of issue 5's and issue 31's tables and of the features that
 * must hold at scale ({@link FeaturesAtScale}; see docs/BENCHMARKS.md). Run by {@code
 * src/test/bench/scale-benchmark.sh}; not a test.
 */
public final class ScaleBenchmark {

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    Report report = run(Options.parse(args));
    System.out.println(report.render());
    System.exit(0);
  }

  /** Runs the scenario and returns the report. */
  public static Report run(Options options) throws Exception {
    var report = new Report(options, Machine.describe());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    Path kubeconfig = options.out().resolve("demo.kubeconfig").toAbsolutePath();
    var plan = ScalePlan.of(Math.max(options.vms(), 26), 25);
    try (var demo =
        JvmProcess.start(
            List.of(
                java,
                "-Xmx12g",
                "-cp",
                classpath,
                "io.virtdeck.demo.DemoClusterMain",
                "--port=0",
                "--scale=" + Math.max(options.vms(), 26),
                "--churn=" + options.churn(),
                "--kubeconfig=" + kubeconfig),
            options.out().resolve("demo-cluster.log"))) {
      var ready = demo.await("DEMO-CLUSTER-READY (\\S+)", Duration.ofMinutes(10));
      String apiUrl = ready.group(1);
      String prometheusUrl =
          demo.await("DEMO-PROMETHEUS-READY (\\S+)", Duration.ofMinutes(1)).group(1);
      report.put("demo cluster seeded and serving", "%.1f s", demo.secondsSinceStart());
      long warmUp = System.nanoTime();
      int pages = DemoWarmUp.run(apiUrl);
      report.put(
          "demo API server warmed up (its large lists read once, as a running cluster's has)",
          "%d pages in %.1f s",
          pages,
          (System.nanoTime() - warmUp) / 1e9);
      int port = freePort();
      int management = freePort();
      try (var sessions = new Sessions()) {
        var cpu = CpuUse.before(demo.handle()); // the browser is up, VirtDeck not yet
        try (var virtdeck =
            JvmProcess.start(
                virtdeckCommand(java, options, port, management, kubeconfig, prometheusUrl),
                options.out().resolve("virtdeck.log"))) {
          measure(
              options, report, plan, apiUrl, "http://127.0.0.1:" + port, virtdeck, sessions, cpu);
          report.put(
              "of it, VirtDeck's part: a change entering a session's batch -> handled in its UI"
                  + " (every change and session, last 20 s)",
              PushLatency.read("http://127.0.0.1:" + management));
          comparePeer(report, options, apiUrl, "http://127.0.0.1:" + port, sessions);
          report.put(
              FeaturesAtScale.CHART_WATCHING,
              "%s",
              ChartWatching.cost(
                  sessions.pages().subList(0, options.sessions()),
                  plan,
                  "http://127.0.0.1:" + port,
                  virtdeck,
                  Duration.ofSeconds(Math.min(20, options.seconds()))));
        }
      }
      // on their own, after VirtDeck and the browsers stopped, as their own benchmarks run them
      FeaturesAtScale.topTen(report, prometheusUrl, options.topRuns());
      FeaturesAtScale.export(
          report,
          java,
          classpath,
          kubeconfig,
          options.exportRuns(),
          options.out().resolve("export.log"));
    }
    return report;
  }

  private static void measure(
      Options options,
      Report report,
      ScalePlan plan,
      String apiUrl,
      String baseUrl,
      JvmProcess virtdeck,
      Sessions sessions,
      CpuUse cpu)
      throws Exception {
    // a user may sign in as soon as the web server opens, while the informers sync
    virtdeck.await("Tomcat started on port " + port(baseUrl) + "\\b", Duration.ofMinutes(10));
    report.put("web server open (sign-in possible)", "%.1f s", virtdeck.secondsSinceStart());
    sessions.open(baseUrl, "/"); // signs in and waits for the grid to show VMs
    double firstScreen = virtdeck.secondsSinceStart();
    report.put("start to first usable screen, all informers synced", "%.1f s", firstScreen);
    report.put(
        "CPU used from VirtDeck's launch to the first usable screen",
        "%s",
        cpu.since(virtdeck.handle(), firstScreen));
    report.put(
        "VirtDeck's busiest threads until then: time on a core, time waiting for one",
        "%s",
        ThreadWaits.read(virtdeck.handle().pid(), virtdeck.threadDump(), 4));
    var synced = virtdeck.await("Caches synced in (\\d+) ms", Duration.ofMinutes(10));
    report.put("informers synced (VirtDeck's own count)", "%s ms", synced.group(1));
    var ready =
        virtdeck.await("Started VirtDeckApplication in ([\\d.]+) seconds", Duration.ofMinutes(10));
    report.put(
        "VirtDeck ready (Spring's \"started in\", inventory loaded)", "%s s", ready.group(1));
    double heap = virtdeck.heapAfterFullGcMiB();
    report.put("heap after sync and a full GC", "%.0f MiB", heap);
    report.put("load average after start", "%s", Machine.loadAverage());
    var actions = new GridActions(virtdeck, baseUrl);
    var page = sessions.pages().getFirst();
    report.put(
        "filter or sort the grid (server time per request), first pass right after start",
        actions.sortAndFilter(page));
    report.put(
        "filter or sort the grid (server time per request), second pass",
        actions.sortAndFilter(page));
    report.put("global search for a VM name or IP (server time)", actions.globalSearch(page, plan));
    var hostActions = new HostActions(virtdeck, baseUrl);
    report.put(FeaturesAtScale.EXPAND_HOST, hostActions.expandHosts(page, 10));
    report.put(FeaturesAtScale.HOST_VM_GRID, hostActions.hostVmGrids(page, 5));
    var charts = new ChartOpen(virtdeck, baseUrl);
    report.put(FeaturesAtScale.VM_CHART, "%s", charts.vms(page, plan, options.charts()).format());
    report.put(
        FeaturesAtScale.HOST_CHART, "%s", charts.hosts(page, plan, options.charts()).format());
    report.put("load average after the host actions and charts", "%s", Machine.loadAverage());
    String folder = "/?folder=" + ScalePlan.namespace(0);
    page.navigate(baseUrl + folder);
    Sessions.waitForRows(page);
    page.evaluate(Sessions.observer());
    double oneSession = virtdeck.heapAfterFullGcMedianMiB();
    for (int i = 1; i < options.sessions(); i++) {
      sessions.open(baseUrl, folder);
    }
    double allSessions = virtdeck.heapAfterFullGcMedianMiB();
    int added = Math.max(1, options.sessions() - 1);
    report.put(
        "extra server memory per open UI session",
        "%.2f MiB (%.0f MiB with 1 session, %.0f MiB with %d)",
        (allSessions - oneSession) / added,
        oneSession,
        allSessions,
        options.sessions());
    var markers = new Markers(apiUrl, plan, 5);
    int count = options.seconds() * options.markersPerSecond();
    long pause = 1000L / Math.max(1, options.markersPerSecond());
    for (int n = 0; n < count; n++) {
      long began = System.nanoTime();
      markers.mark(n);
      long left = pause - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
      if (left > 0) {
        Thread.sleep(left); // the marker rate, not a wait for a result
      }
    }
    // the last markers' grace period, over as soon as every session shows the last one
    if (count > 0) {
      sessions.awaitMark("Mark-" + (count - 1), Duration.ofSeconds(5));
    }
    var result = markers.result(sessions.marksSeen());
    report.put(
        "change in the cluster -> visible in the browser (%d sessions, %d changes/s churn)"
            .formatted(options.sessions(), options.churn()),
        result.latencies());
    report.put(
        "markers never seen (of %d)".formatted(count * options.sessions()), "%d", result.missing());
    report.put("load average at the end", "%s", Machine.loadAverage());
  }

  /**
   * The peer's way beside VirtDeck's, one tab each, with the same window of churn: 10 s, or the
   * measured churn's {@code seconds} when shorter (a smoke run).
   */
  private static void comparePeer(
      Report report, Options options, String apiUrl, String baseUrl, Sessions sessions)
      throws InterruptedException {
    var window = Duration.ofSeconds(Math.min(10, options.seconds()));
    report.put(
        "VirtDeck tab: open the whole inventory, then hold it",
        "%s",
        PeerBaseline.virtdeck(sessions.open(baseUrl, "/"), baseUrl, window));
    var peer = sessions.blank();
    report.put(
        "peer baseline tab: list every VM and instance from the API server, parse, join, watch",
        "%s",
        PeerBaseline.peer(peer, apiUrl, window));
    peer.context().close();
  }

  /**
   * VirtDeck's jar against the demo cluster and its Prometheus, with its JVM options, AOT cache and
   * batch window if given.
   */
  private static List<String> virtdeckCommand(
      String java,
      Options options,
      int port,
      int management,
      Path kubeconfig,
      String prometheusUrl) {
    var command = new ArrayList<>(List.of(java));
    command.addAll(options.jvmOptions());
    options.aotCache().ifPresent(cache -> command.add("-XX:AOTCache=" + cache.toAbsolutePath()));
    command.addAll(
        List.of(
            "-jar",
            options.jar().toAbsolutePath().toString(),
            "--server.port=" + port,
            "--management.server.port=" + management,
            "--virtdeck.cluster.source=kubeconfig",
            "--virtdeck.cluster.kubeconfig=" + kubeconfig,
            "--virtdeck.cluster.sync-timeout=10m",
            "--virtdeck.demo.accounts=true",
            "--virtdeck.prometheus.url=" + prometheusUrl,
            "--logging.level.virtdeck.timing=debug"));
    command.addAll(options.batchWindowSettings());
    return command;
  }

  private static String port(String baseUrl) {
    return baseUrl.substring(baseUrl.lastIndexOf(':') + 1);
  }

  private static int freePort() throws Exception {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
