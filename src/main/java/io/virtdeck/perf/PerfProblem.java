package io.virtdeck.perf;

/**
 * Why performance data could not be shown, as an i18n key and its arguments.
 *
 * @param key {@code perf.problem.not-configured}, {@code perf.problem.unreachable} or {@code
 *     perf.problem.refused}
 * @param arguments the URL and the reason, where the key takes them
 */
public record PerfProblem(String key, java.util.List<String> arguments) {

  public static final PerfProblem NOT_CONFIGURED =
      new PerfProblem("perf.problem.not-configured", java.util.List.of());

  public PerfProblem {
    arguments = java.util.List.copyOf(arguments);
  }

  /** Prometheus did not answer (connection refused, timeout, TLS failure). */
  static PerfProblem unreachable(String url, String reason) {
    return new PerfProblem("perf.problem.unreachable", java.util.List.of(url, reason));
  }

  /** Prometheus answered with an error. */
  static PerfProblem refused(String url, String reason) {
    return new PerfProblem("perf.problem.refused", java.util.List.of(url, reason));
  }
}
