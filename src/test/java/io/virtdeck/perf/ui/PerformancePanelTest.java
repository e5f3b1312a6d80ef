package io.virtdeck.perf.ui;

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

/** The CPU chart is asked for first and alone; the other four once it has its answer. */
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
}
