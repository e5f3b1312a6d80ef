package io.virtdeck.bench;

import io.virtdeck.perf.TopBenchmark;
import io.virtdeck.rvtools.ExportBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The features that must hold at scale beside the start-up and change figures (issue 31, "Also at
 * scale"): each one's line in the report, named with its target from its own issue, and the runs
 * that reuse the features' own benchmarks ({@link TopBenchmark}, {@link ExportBenchmark}).
 */
final class FeaturesAtScale {

  static final String EXPAND_HOST =
      "expand a host in the Hosts and Clusters tree, server time (issue 26: < 100 ms)";
  static final String HOST_VM_GRID =
      "open a host's VM grid, server time of its count and first page (issue 26 sets none; as"
          + " the grid's filter or sort, issue 31: p95 < 50 ms)";
  static final String VM_CHART =
      "open a VM's Monitor -> Performance: click -> CPU chart drawn, browser clock (issue 28: p95"
          + " < 300 ms)";
  static final String HOST_CHART =
      "open a host's Performance tab: click -> CPU chart drawn, browser clock (issue 28: p95 < 300"
          + " ms)";
  static final String CHART_WATCHING =
      "every session watching a VM's real-time Performance charts against every session on the"
          + " grid: VirtDeck's CPU and heap (issue 28 sets no figure)";
  static final String TOP_TEN =
      "the datacenter Summary's top-10 queries (CPU, memory, network, storage), all namespaces,"
          + " each (issue 28: < 500 ms)";
  static final String EXPORT =
      "inventory export: RVTools workbook of every VM as the admin, in a JVM of its own with 1"
          + " GiB heap, after VirtDeck stopped (issue 30: < 10 s)";

  private FeaturesAtScale() {}

  /** The four top-10 queries, {@code runs} times, as the datacenter Summary sends them. */
  static void topTen(Report report, String prometheusUrl, int runs) {
    report.put(TOP_TEN, TopBenchmark.topTen(prometheusUrl, runs));
  }

  /**
   * Runs {@link ExportBenchmark} in its own JVM against the demo cluster, as the export benchmark's
   * script does, and reports its timed workbook runs.
   */
  static void export(
      Report report, String java, String classpath, Path kubeconfig, int runs, Path log)
      throws Exception {
    try (var export =
        JvmProcess.start(
            List.of(
                java,
                "-Xmx1g",
                "-XX:+UseCompactObjectHeaders",
                "-cp",
                classpath,
                ExportBenchmark.class.getName(),
                kubeconfig.toString(),
                String.valueOf(runs)),
            log)) {
      int exit = export.awaitExit(Duration.ofMinutes(30));
      String workbooks =
          export.lines().stream()
              .filter(line -> line.startsWith("EXPORT-BENCH workbook run"))
              .map(line -> line.substring("EXPORT-BENCH ".length()))
              .collect(Collectors.joining("; "));
      if (exit != 0 || workbooks.isEmpty()) {
        throw new IllegalStateException("the export benchmark ended with " + exit + ": see " + log);
      }
      report.put(EXPORT, "%s", workbooks);
    }
  }
}
