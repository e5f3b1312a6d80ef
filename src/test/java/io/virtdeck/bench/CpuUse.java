package io.virtdeck.bench;

import java.time.Duration;

/**
 * CPU time of the three programs that share the machine while VirtDeck starts: VirtDeck, the demo
 * cluster (standing in for the API server) and the browsers. On 2 cores their sum, not VirtDeck's
 * order of work, decides when the first screen can come.
 */
final class CpuUse {

  private final ProcessHandle demo;
  private final Duration demoBefore;
  private final Duration browsersBefore;

  private CpuUse(ProcessHandle demo) {
    this.demo = demo;
    this.demoBefore = cpu(demo);
    this.browsersBefore = browsers();
  }

  /** The CPU used so far by the demo cluster and the browsers, before VirtDeck is launched. */
  static CpuUse before(ProcessHandle demo) {
    return new CpuUse(demo);
  }

  /** What each program used since, and their sum against what the cores could give. */
  String since(ProcessHandle virtdeck, double seconds) {
    double own = seconds(cpu(virtdeck));
    double cluster = seconds(cpu(demo).minus(demoBefore));
    double browser = seconds(browsers().minus(browsersBefore));
    int cores = Runtime.getRuntime().availableProcessors();
    return "VirtDeck %.1f s, demo cluster %.1f s, browsers %.1f s: %.1f CPU-seconds in %.1f s (%.1f on %d cores)"
        .formatted(own, cluster, browser, own + cluster + browser, seconds, seconds * cores, cores);
  }

  /** Every Chromium process this benchmark started (through Playwright's driver). */
  private static Duration browsers() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().orElse("").contains("chrom"))
        .map(CpuUse::cpu)
        .reduce(Duration.ZERO, Duration::plus);
  }

  private static Duration cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
