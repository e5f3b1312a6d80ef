package io.virtdeck.perf.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.perf.ChartData;
import io.virtdeck.perf.PerfChart;
import io.virtdeck.perf.PerfProblem;
import io.virtdeck.perf.PerfResult;
import io.virtdeck.perf.PerfService;
import io.virtdeck.perf.PerfTarget;
import io.virtdeck.perf.TimeRange;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * Monitor → Performance of a VM, host, folder or the datacenter: CPU, memory, network, disk
 * throughput and IOPS over the chosen range. Loaded when shown; the real-time range refreshes every
 * 20 s while the charts are visible. Without a Prometheus, or with one that does not answer, it
 * says so in a sentence and nothing else changes.
 */
@StyleSheet("styles/perf.css")
public class PerformancePanel extends Div {

  private final PerfService perf;
  private final UserIdentity user;
  private final PerfTarget target;
  private final RangeBar range;
  private final Div problem = new Div();
  private final Map<PerfChart, PerfChartElement> charts = new EnumMap<>(PerfChart.class);
  private final Arrivals arrivals = new Arrivals(this, this::load);

  /**
   * How long a click on the tab (or a range) waits for the CPU chart's answer, so that the chart
   * comes in the click's own response; an answer later than this is pushed when it comes.
   */
  static final Duration IN_RESPONSE = Duration.ofMillis(200);

  public PerformancePanel(PerfService perf, UserIdentity user, PerfTarget target) {
    this.perf = perf;
    this.user = user;
    this.target = target;
    setId("performance");
    addClassName("performance-panel");
    range = new RangeBar(perf::instant, chosen -> load());
    problem.setId("perf-problem");
    problem.addClassName("problem");
    problem.setVisible(false);
    add(range);
    if (!(target instanceof PerfTarget.Vm)) {
      Div note = new Div(getTranslation("perf.note.scope"));
      note.addClassName("perf-note");
      add(note);
    }
    add(problem);
    Div grid = new Div();
    grid.addClassName("perf-charts");
    for (PerfChart chart : PerfChart.values()) {
      PerfChartElement element =
          new PerfChartElement("perf-chart-" + chart.name().toLowerCase(java.util.Locale.ROOT));
      charts.put(chart, element);
      grid.add(element);
    }
    chart(PerfChart.CPU).onRefresh(this::refresh);
    add(grid);
  }

  private void refresh() {
    if (range.current().live()) {
      range.refreshed();
      load();
    }
  }

  private void load() {
    arrivals.restart();
    if (!perf.configured()) {
      showProblem(PerfProblem.NOT_CONFIGURED);
      return;
    }
    TimeRange current = range.current();
    charts.values().forEach(c -> c.setLive(current.live()));
    problem.setVisible(false);
    long began = System.nanoTime();
    // the CPU chart first, alone and in the click's own response when it comes in time: it is the
    // one read first, and the others' eight queries would share the cores and the Prometheus with
    // its one
    var cpu = perf.chart(user, target, PerfChart.CPU, current).cache();
    arrivals.awaitInResponse(
        cpu,
        IN_RESPONSE,
        result -> {
          show(PerfChart.CPU, result);
          ChartTimings.record(this, "chartcpu", target, began);
        });
    var others =
        cpu.thenMany(
                Flux.fromArray(PerfChart.values())
                    .filter(chart -> chart != PerfChart.CPU)
                    .flatMap(
                        chart ->
                            perf.chart(user, target, chart, current)
                                .map(result -> Map.entry(chart, result))))
            .collectList();
    arrivals.await(
        others,
        results -> {
          results.forEach(answer -> show(answer.getKey(), answer.getValue()));
          ChartTimings.record(this, "chartall", target, began);
        });
  }

  private void show(PerfChart chart, PerfResult<ChartData> result) {
    ChartData data = result.value();
    if (data == null) {
      showProblem(java.util.Objects.requireNonNull(result.problem()));
      return;
    }
    var labels = chart.series().stream().map(s -> getTranslation(s.legendKey())).toList();
    chart(chart)
        .show(
            ChartJson.of(
                getTranslation(chart.titleKey()), labels, data, getTranslation("perf.empty")));
  }

  private PerfChartElement chart(PerfChart chart) {
    return java.util.Objects.requireNonNull(charts.get(chart));
  }

  private void showProblem(PerfProblem reason) {
    problem.setText(getTranslation(reason.key(), reason.arguments().toArray()));
    problem.setVisible(true);
  }
}
