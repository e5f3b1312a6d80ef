package io.virtdeck.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A chart's time range, as vSphere offers them: real-time (the last hour, every 20 s), the last
 * day, week or month, or a custom one. Start and end are whole multiples of the step, so that every
 * session asking at about the same time sends the same query and shares its answer.
 *
 * @param kind which range
 * @param start first point, Unix seconds
 * @param end last point, Unix seconds
 * @param step seconds between points
 */
public record TimeRange(Kind kind, long start, long end, long step) {

  /** The ranges offered; CUSTOM spans what the user chose. */
  public enum Kind {
    REALTIME(Duration.ofHours(1), 20),
    DAY(Duration.ofDays(1), 300),
    WEEK(Duration.ofDays(7), 1800),
    MONTH(Duration.ofDays(30), 7200),
    CUSTOM(Duration.ZERO, 0);

    final Duration span;
    final long step;

    Kind(Duration span, long step) {
      this.span = span;
      this.step = step;
    }
  }

  /** About this many points per chart for a custom range. */
  static final int CUSTOM_POINTS = 300;

  /** The longest custom range: Prometheus keeps about this much by default, and more is slow. */
  public static final Duration LONGEST = Duration.ofDays(400);

  /** A fixed range ending now. */
  public static TimeRange last(Kind kind, Instant now) {
    if (kind == Kind.CUSTOM) {
      throw new IllegalArgumentException("a custom range needs its start and end");
    }
    long end = Math.floorDiv(now.getEpochSecond(), kind.step) * kind.step;
    return new TimeRange(kind, end - kind.span.toSeconds(), end, kind.step);
  }

  /**
   * A custom range, or the i18n key of why it cannot be: the start after the end, the end in the
   * future, or longer than {@link #LONGEST}.
   */
  public static Result custom(Instant from, Instant to, Instant now) {
    if (!from.isBefore(to)) {
      return new Result(Optional.empty(), "perf.range.invalid.order");
    }
    if (to.isAfter(now.plusSeconds(60))) {
      return new Result(Optional.empty(), "perf.range.invalid.future");
    }
    if (Duration.between(from, to).compareTo(LONGEST) > 0) {
      return new Result(Optional.empty(), "perf.range.invalid.long");
    }
    long span = to.getEpochSecond() - from.getEpochSecond();
    long step = Math.max(20, ((span / CUSTOM_POINTS) + 9) / 10 * 10);
    long start = Math.floorDiv(from.getEpochSecond(), step) * step;
    long end = Math.floorDiv(to.getEpochSecond() + step - 1, step) * step;
    return new Result(Optional.of(new TimeRange(Kind.CUSTOM, start, end, step)), "");
  }

  /** A custom range, or why not (an i18n key). */
  public record Result(Optional<TimeRange> range, String problemKey) {}

  /** The window of a rate: one step, but at least two minutes so it holds several scrapes. */
  public long window() {
    return Math.max(step, 120);
  }

  /** How many points the range has. */
  public int points() {
    return (int) ((end - start) / step) + 1;
  }

  /** Whether the chart should refresh while shown (the real-time range). */
  public boolean live() {
    return kind == Kind.REALTIME;
  }
}
