package io.virtdeck.perf;

import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.host.HostInventory;
import io.virtdeck.vm.VmAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Performance figures for one user: charts of a VM, host, folder or the datacenter, the top
 * consumers and what the VMs on each host use. Every query is built here and restricted to the
 * namespaces where the user may list both VMs and their instances (the metrics are the instances'),
 * a host's figures then counting only those VMs; an object the user may not see gets no query.
 * Answers arrive without blocking (Reactor).
 */
@Service
public class PerfService {

  /** Rates for the top consumers and host use: over the last five minutes. */
  static final long NOW_WINDOW = 300;

  /** Instant queries are asked at multiples of this, so that sessions share their answers. */
  static final long NOW_STEP = 20;

  private final PrometheusClient client;
  private final VmAccess vms;
  private final HostInventory hosts;
  private final Clock clock;

  public PerfService(PrometheusClient client, VmAccess vms, HostInventory hosts, Clock clock) {
    this.client = client;
    this.vms = vms;
    this.hosts = hosts;
    this.clock = clock;
  }

  public boolean configured() {
    return client.configured();
  }

  /** The points of {@code chart} for {@code target} over {@code range}, as {@code user} may see. */
  public Mono<PerfResult<ChartData>> chart(
      UserIdentity user, PerfTarget target, PerfChart chart, TimeRange range) {
    return matchers(user, target)
        .flatMap(
            matchers ->
                matchers.isEmpty()
                    ? Mono.just(PerfResult.of(empty(chart, range)))
                    : fetch(chart, range, matchers.get()));
  }

  private Mono<PerfResult<ChartData>> fetch(PerfChart chart, TimeRange range, String matchers) {
    List<Mono<PerfResult<List<PromSeries>>>> queries = new ArrayList<>();
    for (PerfChart.Series series : chart.series()) {
      queries.add(
          client.queryRange(
              series.metric().summed(matchers, range.window()),
              range.start(),
              range.end(),
              range.step()));
    }
    return Flux.concat(queries)
        .collectList()
        .map(
            answers -> {
              List<double[]> values = new ArrayList<>();
              for (PerfResult<List<PromSeries>> answer : answers) {
                if (answer.value() == null) {
                  return PerfResult.<ChartData>failed(
                      java.util.Objects.requireNonNull(answer.problem()));
                }
                values.add(ChartData.aligned(range, answer.value()));
              }
              return PerfResult.of(new ChartData(chart, range, ChartData.axis(range), values));
            });
  }

  private static ChartData empty(PerfChart chart, TimeRange range) {
    List<double[]> values = new ArrayList<>();
    chart.series().forEach(s -> values.add(ChartData.aligned(range, List.of())));
    return new ChartData(chart, range, ChartData.axis(range), values);
  }

  /** The {@code count} VMs using most of {@code metric} now, among those the user may see. */
  public Mono<PerfResult<List<TopVm>>> top(UserIdentity user, TopMetric metric, int count) {
    return scope(user)
        .flatMap(
            scope -> {
              Optional<String> namespaces = PromQl.namespaces(scope);
              if (namespaces.isEmpty()) {
                return Mono.just(PerfResult.<TopVm>none());
              }
              return client
                  .query(metric.query(count, namespaces.get(), NOW_WINDOW), now())
                  .map(answer -> top(answer, scope));
            });
  }

  private static PerfResult<List<TopVm>> top(
      PerfResult<List<PromSeries>> answer, NamespaceScope scope) {
    if (answer.value() == null) {
      return PerfResult.failed(java.util.Objects.requireNonNull(answer.problem()));
    }
    return PerfResult.of(
        answer.value().stream()
            .filter(s -> scope.includes(s.label("namespace")))
            .map(s -> new TopVm(s.label("namespace"), s.label("name"), s.last()))
            .sorted(java.util.Comparator.comparingDouble(TopVm::value).reversed())
            .toList());
  }

  /** What the VMs the user may see use on each host now; nothing without the right to see hosts. */
  public Mono<PerfResult<Map<String, HostUse>>> hostUse(UserIdentity user) {
    return Mono.fromCallable(
            () ->
                hosts.visibleTo(user)
                    ? PromQl.namespaces(vms.instancesVisibleTo(user))
                    : Optional.<String>empty())
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            namespaces -> {
              if (namespaces.isEmpty()) {
                return Mono.just(PerfResult.of(Map.<String, HostUse>of()));
              }
              long now = now();
              return Mono.zip(
                      client.query(
                          VmMetric.CPU_SECONDS.summed(namespaces.get(), NOW_WINDOW, "node"), now),
                      client.query(
                          VmMetric.MEMORY_RESIDENT.summed(namespaces.get(), NOW_WINDOW, "node"),
                          now))
                  .map(both -> hostUse(both.getT1(), both.getT2()));
            });
  }

  private static PerfResult<Map<String, HostUse>> hostUse(
      PerfResult<List<PromSeries>> cpu, PerfResult<List<PromSeries>> memory) {
    if (cpu.value() == null || memory.value() == null) {
      var problem = cpu.problem() != null ? cpu.problem() : memory.problem();
      return PerfResult.failed(java.util.Objects.requireNonNull(problem));
    }
    Map<String, HostUse> use = new LinkedHashMap<>();
    cpu.value().forEach(s -> use.put(s.label("node"), new HostUse(s.label("node"), s.last(), 0)));
    memory
        .value()
        .forEach(
            s ->
                use.merge(
                    s.label("node"),
                    new HostUse(s.label("node"), 0, s.last()),
                    (a, b) -> new HostUse(a.host(), a.cpuCores(), b.memoryBytes())));
    return PerfResult.of(use);
  }

  /** The label matchers of {@code target} for {@code user}: empty when they may not see it. */
  private Mono<Optional<String>> matchers(UserIdentity user, PerfTarget target) {
    return Mono.fromCallable(() -> matchersNow(user, target))
        .subscribeOn(Schedulers.boundedElastic());
  }

  private Optional<String> matchersNow(UserIdentity user, PerfTarget target) {
    NamespaceScope scope = vms.instancesVisibleTo(user);
    return switch (target) {
      case PerfTarget.Vm vm ->
          scope.includes(vm.namespace())
              ? Optional.of(
                  PromQl.equal("namespace", vm.namespace()) + "," + PromQl.equal("name", vm.name()))
              : Optional.empty();
      case PerfTarget.Folder folder ->
          scope.includes(folder.namespace())
              ? Optional.of(PromQl.equal("namespace", folder.namespace()))
              : Optional.empty();
      case PerfTarget.Host host ->
          hosts.visibleTo(user)
              ? PromQl.namespaces(scope).map(ns -> join(PromQl.equal("node", host.name()), ns))
              : Optional.empty();
      case PerfTarget.Datacenter datacenter -> PromQl.namespaces(scope);
    };
  }

  private static String join(String first, String second) {
    return second.isEmpty() ? first : first + "," + second;
  }

  private Mono<NamespaceScope> scope(UserIdentity user) {
    return Mono.fromCallable(() -> vms.instancesVisibleTo(user))
        .subscribeOn(Schedulers.boundedElastic());
  }

  private long now() {
    return Math.floorDiv(clock.instant().getEpochSecond(), NOW_STEP) * NOW_STEP;
  }

  /** The clock's time, for the views' ranges. */
  public Instant instant() {
    return clock.instant();
  }
}
