package io.virtdeck.bench;

import com.microsoft.playwright.Page;
import io.virtdeck.demo.scale.ScalePlan;
import java.time.Duration;
import java.util.List;

/**
 * What sessions watching real-time Performance charts cost VirtDeck (issue 28): its CPU per second
 * and its heap after a full collection with every session on a folder's VM grid, then with every
 * session on another running VM's Monitor → Performance (real-time, refreshing while visible), over
 * the same window of churn.
 */
final class ChartWatching {

  private ChartWatching() {}

  static String cost(
      List<Page> pages, ScalePlan plan, String baseUrl, JvmProcess virtdeck, Duration window)
      throws Exception {
    double gridCpu = cpuPerSecond(virtdeck.handle(), window);
    double gridHeap = virtdeck.heapAfterFullGcMedianMiB();
    for (int n = 0; n < pages.size(); n++) {
      Page page = pages.get(n);
      int i = runningVm(plan, n);
      page.navigate(baseUrl + "/vm/" + plan.namespaceOf(i) + "/" + ScalePlan.vmName(i));
      page.locator("#tab-monitor").click();
      page.locator("#monitor-performance").click();
      page.locator("vd-perf-chart#perf-chart-cpu[points]").waitFor();
    }
    double chartCpu = cpuPerSecond(virtdeck.handle(), window);
    double chartHeap = virtdeck.heapAfterFullGcMedianMiB();
    int sessions = pages.size();
    return ("%d sessions: VirtDeck %.3f CPU-s per s watching charts, %.3f on the grid"
            + " (+%.1f ms CPU per s per session); heap after GC %.0f MiB, %.0f MiB on the grid"
            + " (+%.2f MiB per session); over %d s each")
        .formatted(
            sessions,
            chartCpu,
            gridCpu,
            (chartCpu - gridCpu) * 1000 / sessions,
            chartHeap,
            gridHeap,
            (chartHeap - gridHeap) / sessions,
            window.toSeconds());
  }

  private static double cpuPerSecond(ProcessHandle process, Duration window)
      throws InterruptedException {
    Duration before = process.info().totalCpuDuration().orElse(Duration.ZERO);
    long began = System.nanoTime();
    Thread.sleep(window); // the measuring window, not a wait for a result
    Duration used = process.info().totalCpuDuration().orElse(Duration.ZERO).minus(before);
    return used.toNanos() / (double) (System.nanoTime() - began);
  }

  /** Running VMs spread over the plan, other than those ChartOpen opened. */
  private static int runningVm(ScalePlan plan, int n) {
    int i = (n * 991 + 7) % plan.vms();
    return ScalePlan.runsAtStart(i) ? i : (i + 1) % plan.vms();
  }
}
