package io.virtdeck.perf;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a performance query gave: its value, or the problem that kept it from being read. */
public record PerfResult<T>(@Nullable T value, @Nullable PerfProblem problem) {

  public static <T> PerfResult<T> of(T value) {
    return new PerfResult<>(value, null);
  }

  public static <T> PerfResult<T> failed(PerfProblem problem) {
    return new PerfResult<>(null, problem);
  }

  /** Nothing to ask: the user may see none of it. */
  public static <T> PerfResult<List<T>> none() {
    return new PerfResult<>(List.of(), null);
  }

  public boolean ok() {
    return problem == null && value != null;
  }
}
