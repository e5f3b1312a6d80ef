package io.virtdeck.perf.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.perf.PerfChart.Unit;
import org.junit.jupiter.api.Test;

class PerfFormatsTest {

  @Test
  void valuesReadInTheirUnits() {
    assertThat(PerfFormats.format(Unit.CORES, 1.254)).isEqualTo("1.25 vCPU");
    assertThat(PerfFormats.format(Unit.CORES, 12.34)).isEqualTo("12.3 vCPU");
    assertThat(PerfFormats.format(Unit.BYTES, 512)).isEqualTo("512 B");
    assertThat(PerfFormats.format(Unit.BYTES, 3.5 * (1L << 30))).isEqualTo("3.50 GiB");
    assertThat(PerfFormats.format(Unit.BYTES_PER_SECOND, 25.0 * (1 << 20))).isEqualTo("25.0 MiB/s");
    assertThat(PerfFormats.format(Unit.PER_SECOND, 1234)).isEqualTo("1234/s");
    assertThat(PerfFormats.format(Unit.PER_SECOND, 12.34)).isEqualTo("12.3/s");
    assertThat(PerfFormats.format(Unit.BYTES, Double.NaN)).isEqualTo("—");
  }

  @Test
  void sharesArePercentOfAKnownTotal() {
    assertThat(PerfFormats.percent(8, 32)).isEqualTo("25 %");
    assertThat(PerfFormats.percent(8, 0)).isEqualTo("—");
  }
}
