package io.virtdeck.bench;

import com.microsoft.playwright.Page;
import io.virtdeck.demo.scale.ScalePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens Performance charts as a user does, and times each open by the browser's clock: from the
 * click on the Performance tab (the click event's own time stamp) to the start of the frame that
 * shows the CPU chart drawn, and the same for all five charts of the panel. A chart is drawn when
 * {@code vd-perf-chart} has set its {@code points} attribute, which it does as it hands its data to
 * uPlot; uPlot draws its canvas in the same task, so the next animation frame shows it. Each open
 * is of another VM or host, on a page loaded afresh, so no chart is there before the click.
 */
final class ChartOpen {

  /** Installs the watch for the next click; fills {@code window.__chartOpen} in ms. */
  private static final String WATCH =
      """
      () => {
        const t = window.__chartOpen = {click: null, panel: null, cpu: null, all: null};
        document.addEventListener('click', e => { t.click = e.timeStamp; }, {capture: true, once: true});
        const charts = () => [...document.querySelectorAll('vd-perf-chart')];
        const drawn = c => c.hasAttribute('points');
        const frame = key => requestAnimationFrame(() => { t[key] = performance.now() - t.click; });
        const observer = new MutationObserver(() => {
          if (t.click === null) return;
          const all = charts();
          if (t.panel === null && all.length > 0) t.panel = performance.now() - t.click;
          if (t.cpu === null && all.some(c => c.id === 'perf-chart-cpu' && drawn(c))) {
            t.cpu = 'drawing';
            frame('cpu');
          }
          if (all.length > 0 && all.every(drawn)) {
            observer.disconnect();
            frame('all');
          }
        });
        observer.observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['points']});
      }
      """;

  private final String baseUrl;
  private final ServerTimes server;

  ChartOpen(JvmProcess virtdeck, String baseUrl) {
    this.baseUrl = baseUrl;
    this.server = new ServerTimes(virtdeck);
  }

  /** Click → drawn times of {@code count} running VMs' Monitor → Performance. */
  Times vms(Page page, ScalePlan plan, int count) {
    var times =
        new Times(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int n = 0; n < count; n++) {
      int i = runningVm(plan, n);
      page.navigate(baseUrl + "/vm/" + plan.namespaceOf(i) + "/" + ScalePlan.vmName(i));
      page.locator("#tab-monitor").click();
      page.locator("#monitor-performance").waitFor();
      times.add(open(page, "#monitor-performance", times));
    }
    return times;
  }

  /** Click → drawn times of the Performance tab of {@code count} hosts' pages. */
  Times hosts(Page page, ScalePlan plan, int count) {
    var times =
        new Times(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int n = 0; n < count; n++) {
      page.navigate(baseUrl + "/host/" + ScalePlan.node(n % plan.nodes()));
      page.locator("#tab-performance").waitFor();
      times.add(open(page, "#tab-performance", times));
    }
    return times;
  }

  private Map<String, Object> open(Page page, String tab, Times times) {
    int from = server.mark();
    page.evaluate(WATCH);
    page.locator(tab).click();
    page.waitForFunction(
        "() => typeof window.__chartOpen.all === 'number'"
            + " || document.querySelector('#perf-problem:not([hidden])')",
        null,
        new Page.WaitForFunctionOptions().setPollingInterval(50));
    @SuppressWarnings("unchecked")
    var result = (Map<String, Object>) page.evaluate("() => window.__chartOpen");
    if (!(result.get("all") instanceof Number)) {
      throw new IllegalStateException(
          "no chart drawn: " + page.locator("#perf-problem").textContent());
    }
    server.awaitMore(from, "chartcpu", 0);
    times.server().addAll(server.since(from, "chartcpu"));
    return result;
  }

  /** VMs spread over the plan that run at start (four in five do). */
  private static int runningVm(ScalePlan plan, int n) {
    int i = (n * 997 + 1) % plan.vms();
    return ScalePlan.runsAtStart(i) ? i : (i + 1) % plan.vms();
  }

  /**
   * Click → CPU chart drawn, and click → all five drawn, in ms; click → the panel's empty charts in
   * the page; and VirtDeck's part: from the panel asking for its charts to the response or push
   * that carries the CPU chart.
   */
  record Times(List<Double> cpu, List<Double> all, List<Double> server, List<Double> panel) {

    void add(Map<String, Object> measured) {
      cpu.add(((Number) measured.get("cpu")).doubleValue());
      all.add(((Number) measured.get("all")).doubleValue());
      panel.add(((Number) measured.get("panel")).doubleValue());
    }

    /** The CPU chart's distribution, the p95 of all five, and VirtDeck's part of the CPU's. */
    String format() {
      return ("%s; all five charts p95 %.1f ms; click -> empty charts shown (the click's own round"
              + " trip) %s; VirtDeck's part (panel asks -> CPU answer sent) %s")
          .formatted(
              Stats.of(cpu).format("ms"),
              Stats.of(all).p95(),
              Stats.of(panel).format("ms"),
              Stats.of(server).format("ms"));
    }
  }
}
