package io.virtdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The scale benchmark's smoke run at 1,000 VMs, so that the harness does not rot: it must produce
 * every figure of the table, the features' figures at scale ({@link FeaturesAtScale}) included,
 * with a batch window given as the integrator gives it. It asserts no speed (figures on a shared CI
 * machine say little); the real run is {@code src/test/bench/scale-benchmark.sh}, recorded in
 * docs/BENCHMARKS.md.
 */
class ScaleBenchmarkIT {

  @Test
  void smokeRunAtOneThousandVmsPrintsEveryFigure() throws Exception {
    Report report =
        ScaleBenchmark.run(
            Options.parse(
                "--vms=1000",
                "--sessions=2",
                "--churn=50",
                "--seconds=5",
                "--charts=2",
                "--top-runs=1",
                "--export-runs=1",
                "--batch-window=adaptive",
                "--jar=target/virtdeck.jar",
                "--out=target/bench-smoke"));

    System.out.println(report.render());
    assertThat(report.figures())
        .containsKeys(
            "start to first usable screen, all informers synced",
            "heap after sync and a full GC",
            "extra server memory per open UI session",
            "change in the cluster -> visible in the browser (2 sessions, 50 changes/s churn)",
            "of it, VirtDeck's part: a change entering a session's batch -> handled in its UI"
                + " (every change and session, last 20 s)",
            "filter or sort the grid (server time per request), first pass right after start",
            "filter or sort the grid (server time per request), second pass",
            "global search for a VM name or IP (server time)",
            FeaturesAtScale.EXPAND_HOST,
            FeaturesAtScale.HOST_VM_GRID,
            FeaturesAtScale.VM_CHART,
            FeaturesAtScale.HOST_CHART,
            FeaturesAtScale.CHART_WATCHING,
            FeaturesAtScale.TOP_TEN,
            FeaturesAtScale.EXPORT,
            "VirtDeck tab: open the whole inventory, then hold it",
            "peer baseline tab: list every VM and instance from the API server, parse, join, watch");
    assertThat(
            report
                .figures()
                .get(
                    "peer baseline tab: list every VM and instance from the API server, parse,"
                        + " join, watch"))
        .containsPattern("all 10\\d\\d VMs"); // the scale profile's VMs and the seeded templates
    assertThat(report.figures().values()).noneMatch(value -> value.contains("no samples"));
    assertThat(report.figures().get(FeaturesAtScale.VM_CHART))
        .contains("(n=2)", "all five charts p95", "VirtDeck's part");
    assertThat(report.figures().get(FeaturesAtScale.HOST_CHART)).contains("(n=2)");
    assertThat(report.figures().get(FeaturesAtScale.TOP_TEN)).contains("(n=4)");
    assertThat(report.figures().get(FeaturesAtScale.CHART_WATCHING))
        .matches("2 sessions: VirtDeck \\d+\\.\\d{3} CPU-s per s watching charts, .*");
    assertThat(report.figures().get(FeaturesAtScale.EXPORT))
        .matches("workbook run 1: 1,0\\d\\d VMs in \\d+\\.\\d\\d s, .*");
    // what bounds the start-up: every program's CPU (the browsers' found among the benchmark's
    // child processes) and VirtDeck's threads' time on a core and in the run queue
    assertThat(report.figures().get("CPU used from VirtDeck's launch to the first usable screen"))
        .matches("VirtDeck \\d+\\.\\d s, demo cluster \\d+\\.\\d s, browsers \\d+\\.\\d s: .*")
        .doesNotContain("browsers 0.0 s");
    assertThat(
            report
                .figures()
                .get("VirtDeck's busiest threads until then: time on a core, time waiting for one"))
        .matches(".+ ran \\d+\\.\\d s, waited \\d+\\.\\d s.*");
    assertThat(report.render())
        .contains("machine: ", "median", "p95")
        .contains("batch window of live updates: --virtdeck.ui.batch-window=150ms");
  }
}
