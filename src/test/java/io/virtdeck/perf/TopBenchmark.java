package io.virtdeck.perf;

import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.demo.scale.ScalePlan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;

/**
 * The top-10 and chart benchmark (docs/BENCHMARKS.md, src/test/bench/perf-benchmark.sh): the
 * datacenter Summary's four top-10 queries against the scaled demo Prometheus, as VirtDeck sends
 * them, for a user who sees every namespace and for one who sees ten; then 20 sessions each opening
 * a different VM's real-time CPU chart at once. Each run asks for another instant, so that
 * VirtDeck's shared cache of answers does not hide the work. Arguments: the Prometheus URL, the
 * number of timed runs. The scale benchmark runs the top-10 part too ({@link #topTen}).
 */
public final class TopBenchmark {

  private TopBenchmark() {}

  public static void main(String[] args) {
    PrometheusClient client = PerfServiceIT.client(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    var tenNamespaces =
        NamespaceScope.only(
            Set.copyOf(IntStream.range(0, 10).mapToObj(ScalePlan::namespace).toList()));
    long now = Instant.now().getEpochSecond();
    top(client, "all namespaces", NamespaceScope.ALL, now - 600, 1); // warm-up
    for (int run = 0; run < runs; run++) {
      top(client, "all namespaces", NamespaceScope.ALL, now - run * 15L, run + 1);
      top(client, "10 namespaces", tenNamespaces, now - run * 15L, run + 1);
    }
    for (int run = 0; run < runs; run++) {
      // minutes apart: the real-time range moves in steps, and a range asked before is shared
      charts(client, 20, now - run * 120L, run + 1);
    }
  }

  /**
   * The datacenter Summary's four top-10 queries for a user who sees every namespace, as VirtDeck
   * sends them to the Prometheus at {@code url}: one warm-up, then {@code runs} runs, each at
   * another instant; each query's time in ms.
   */
  public static List<Double> topTen(String url, int runs) {
    PrometheusClient client = PerfServiceIT.client(url);
    long now = Instant.now().getEpochSecond();
    queries(client, NamespaceScope.ALL, now - 600);
    List<Double> millis = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      queries(client, NamespaceScope.ALL, now - run * 15L).forEach(ms -> millis.add((double) ms));
    }
    return millis;
  }

  private static void top(
      PrometheusClient client, String who, NamespaceScope scope, long time, int run) {
    long all = System.nanoTime();
    List<Long> millis = queries(client, scope, time);
    System.out.printf(
        "PERF-BENCH top-10 run %d (%s): CPU, memory, network, storage %s ms; the four in turn %d"
            + " ms; load %s%n",
        run, who, millis, (System.nanoTime() - all) / 1_000_000, load());
  }

  /** The four top-10 queries one after the other at {@code time}: each one's ms. */
  private static List<Long> queries(PrometheusClient client, NamespaceScope scope, long time) {
    String matchers = PromQl.namespaces(scope).orElseThrow();
    List<Long> millis = new ArrayList<>();
    for (TopMetric metric : TopMetric.values()) {
      long start = System.nanoTime();
      var answer =
          client
              .query(metric.query(10, matchers, PerfService.NOW_WINDOW), time)
              .block(Duration.ofMinutes(2));
      if (answer == null || answer.value() == null || answer.value().isEmpty()) {
        throw new IllegalStateException(metric + ": no answer " + answer);
      }
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    return millis;
  }

  /** {@code sessions} real-time CPU charts of different VMs asked at once, as opened together. */
  private static void charts(PrometheusClient client, int sessions, long time, int run) {
    var range = TimeRange.last(TimeRange.Kind.REALTIME, Instant.ofEpochSecond(time));
    long start = System.nanoTime();
    List<Long> each =
        Flux.range(0, sessions)
            .flatMap(
                i -> {
                  long asked = System.nanoTime();
                  int k = i * 997;
                  String vm = PromQl.equal("name", ScalePlan.vmName(k));
                  String query =
                      "sum(rate("
                          + PromQl.selector(
                              VmMetric.CPU_SECONDS.metricName(),
                              PromQl.equal("namespace", ScalePlan.namespace(k % 200)),
                              vm)
                          + "[60s]))";
                  return client
                      .queryRange(query, range.start(), range.end(), range.step())
                      .map(answer -> (System.nanoTime() - asked) / 1_000_000);
                },
                sessions)
            .collectList()
            .block(Duration.ofMinutes(2));
    long[] sorted = each.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "PERF-BENCH %d real-time charts at once, run %d: all answered in %d ms, each %s ms;"
            + " load %s%n",
        sessions, run, (System.nanoTime() - start) / 1_000_000, Arrays.toString(sorted), load());
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
