package io.virtdeck.perf.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.perf.PerfChart;
import io.virtdeck.perf.PerfProblem;
import io.virtdeck.perf.PerfResult;
import io.virtdeck.perf.PerfService;
import io.virtdeck.perf.PerfTarget;
import io.virtdeck.testing.TestUi;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The CPU chart is asked for first and alone, and comes in the click's own response when its answer
 * is in time; the other four are asked for once it has its answer.
 */
class PerformancePanelTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  void theOtherChartsAreAskedForOnlyOnceTheCpuChartHasItsAnswer() {
    PerfService perf = mock(PerfService.class);
    when(perf.configured()).thenReturn(true);
    when(perf.instant()).thenReturn(Instant.parse("2026-12-07T12:00:00Z"));
    when(perf.chart(any(), any(), any(), any()))
        .thenReturn(Mono.just(PerfResult.failed(PerfProblem.NOT_CONFIGURED)));
    Sinks.One<PerfResult<io.virtdeck.perf.ChartData>> cpu = Sinks.one();
    when(perf.chart(any(), any(), eq(PerfChart.CPU), any())).thenReturn(cpu.asMono());

    testUi
        .ui()
        .add(
            new PerformancePanel(
                perf, UserIdentity.of("operator", List.of()), new PerfTarget.Vm("shop", "web-01")));

    verify(perf).chart(any(), any(), eq(PerfChart.CPU), any());
    verify(perf, never()).chart(any(), any(), eq(PerfChart.MEMORY), any());
    cpu.tryEmitValue(PerfResult.failed(PerfProblem.NOT_CONFIGURED));
    for (PerfChart other :
        List.of(PerfChart.MEMORY, PerfChart.NETWORK, PerfChart.DISK, PerfChart.IOPS)) {
      verify(perf).chart(any(), any(), eq(other), any());
    }
  }

  @Test
  void aCpuAnswerThatComesInTimeIsShownInTheClicksOwnResponse() {
    PerfService perf = configured();
    // the answer comes on another thread, well within the wait but after the panel asked for it
    when(perf.chart(any(), any(), eq(PerfChart.CPU), any()))
        .thenReturn(
            Mono.delay(PerformancePanel.IN_RESPONSE.dividedBy(2))
                .map(tick -> PerfResult.failed(PerfProblem.NOT_CONFIGURED)));

    PerformancePanel panel = panel(perf);

    // shown before the attach (the click's request) returned, not pushed after it
    assertThat(problem(panel).isVisible()).isTrue();
  }

  @Test
  void aLateCpuAnswerIsPushedWhenItComes() {
    PerfService perf = configured();
    Sinks.One<PerfResult<io.virtdeck.perf.ChartData>> cpu = Sinks.one();
    when(perf.chart(any(), any(), eq(PerfChart.CPU), any())).thenReturn(cpu.asMono());

    PerformancePanel panel = panel(perf);

    assertThat(problem(panel).isVisible()).isFalse();
    cpu.tryEmitValue(PerfResult.failed(PerfProblem.NOT_CONFIGURED));
    assertThat(problem(panel).isVisible()).isTrue();
  }

  private static PerfService configured() {
    PerfService perf = mock(PerfService.class);
    when(perf.configured()).thenReturn(true);
    when(perf.instant()).thenReturn(Instant.parse("2026-12-07T12:00:00Z"));
    when(perf.chart(any(), any(), any(), any())).thenReturn(Mono.never());
    return perf;
  }

  private PerformancePanel panel(PerfService perf) {
    var panel =
        new PerformancePanel(
            perf, UserIdentity.of("operator", List.of()), new PerfTarget.Vm("shop", "web-01"));
    testUi.ui().add(panel);
    return panel;
  }

  private static com.vaadin.flow.component.Component problem(PerformancePanel panel) {
    return panel
        .getChildren()
        .filter(child -> child.getId().orElse("").equals("perf-problem"))
        .findFirst()
        .orElseThrow();
  }
}
