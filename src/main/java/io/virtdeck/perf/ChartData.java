package io.virtdeck.perf;

import java.util.List;

/**
 * A chart's points in compact arrays: one time axis (Unix seconds, every step of the range) and,
 * per series of the chart, one value for each time (NaN where Prometheus has no sample).
 */
public record ChartData(PerfChart chart, TimeRange range, long[] times, List<double[]> values) {

  public ChartData {
    values = List.copyOf(values);
  }

  /** How many points hold a sample, over all series. */
  public int samples() {
    int count = 0;
    for (double[] series : values) {
      for (double value : series) {
        if (!Double.isNaN(value)) {
          count++;
        }
      }
    }
    return count;
  }

  /** The values of {@code series} on the time axis of {@code range}. */
  static double[] aligned(TimeRange range, List<PromSeries> answer) {
    double[] values = new double[range.points()];
    java.util.Arrays.fill(values, Double.NaN);
    for (PromSeries series : answer) {
      for (int i = 0; i < series.times().length; i++) {
        long offset = series.times()[i] - range.start();
        if (offset >= 0 && offset % range.step() == 0 && offset / range.step() < values.length) {
          int at = (int) (offset / range.step());
          values[at] =
              Double.isNaN(values[at]) ? series.values()[i] : values[at] + series.values()[i];
        }
      }
    }
    return values;
  }

  static long[] axis(TimeRange range) {
    long[] times = new long[range.points()];
    for (int i = 0; i < times.length; i++) {
      times[i] = range.start() + i * range.step();
    }
    return times;
  }
}
