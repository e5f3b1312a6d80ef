package io.virtdeck.alarm;

import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.perf.PerfProblem;
import io.virtdeck.perf.PromAlert;
import io.virtdeck.perf.PrometheusClient;
import io.virtdeck.perf.PrometheusProperties;
import io.virtdeck.storage.StorageInventory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Every alarm of the datacenter, for all users (each reader filters by its user's scope): the
 * alerts Prometheus fires, read every {@code poll} by this one server (not by each session), and
 * the conditions of the caches once they have synced: an instance's on each of its changes, the
 * other kinds' recomputed at most once a second while they change; with the acknowledgements and
 * resets of {@link AlarmStates} applied. A Prometheus that does not answer keeps the alerts last
 * read and is reported as a problem.
 */
class AlarmFeed implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AlarmFeed.class);
  private static final Duration CONDITIONS_EVERY = Duration.ofSeconds(1);

  private final ClusterCaches caches;
  private final StorageInventory storage;
  private final PrometheusClient prometheus;
  private final AlertMapping mapping;
  private final AlarmStates states;
  private final Duration poll;
  private final AtomicReference<List<Alarm>> alerts = new AtomicReference<>(List.of());
  private final AtomicReference<List<Alarm>> conditions = new AtomicReference<>(List.of());
  private final UnschedulableVms unschedulable;
  private final AtomicBoolean synced = new AtomicBoolean();
  private final AtomicReference<List<Alarm>> current = new AtomicReference<>(List.of());
  private final AtomicReference<Map<AlarmTarget, List<Alarm>>> byTarget =
      new AtomicReference<>(Map.of());
  private final AtomicReference<Optional<PerfProblem>> problem =
      new AtomicReference<>(Optional.empty());
  private final Sinks.Many<List<Alarm>> sink = Sinks.many().replay().latest();
  private final Disposable.Composite running = Disposables.composite();

  AlarmFeed(
      ClusterCaches caches,
      StorageInventory storage,
      PrometheusClient prometheus,
      PrometheusProperties prometheusProperties,
      AlarmStatesFactory states,
      Duration poll) {
    this.caches = caches;
    this.storage = storage;
    this.prometheus = prometheus;
    this.mapping = new AlertMapping(prometheusProperties.kubevirtNamespace());
    this.states = states.create(this::publish);
    this.poll = poll;
    this.unschedulable = new UnschedulableVms(caches.virtualMachineInstances());
  }

  /** Creates the acknowledgement store with the feed's callback for its changes. */
  interface AlarmStatesFactory {
    AlarmStates create(Runnable onChange);
  }

  void start() {
    states.start();
    if (prometheus.configured()) {
      running.add(
          Flux.interval(Duration.ZERO, poll, Schedulers.boundedElastic())
              .onBackpressureDrop()
              .concatMap(tick -> prometheus.alerts())
              .subscribe(
                  result -> {
                    if (result.value() != null) {
                      alerts.set(alarms(result.value()));
                      problem.set(Optional.empty());
                    } else {
                      problem.set(Optional.ofNullable(result.problem()));
                    }
                    publish();
                  },
                  e -> log.warn("Reading Prometheus's alerts stopped: {}", e.toString())));
    }
    // nothing is read while the caches sync (each listed object is a change): once, after it
    running.add(
        caches
            .virtualMachineInstances()
            .changes()
            .filter(change -> synced.get())
            .doOnNext(change -> unschedulable.refresh(change.key()))
            .sample(CONDITIONS_EVERY)
            .publishOn(Schedulers.boundedElastic())
            .subscribe(change -> publish()));
    running.add(
        Flux.merge(
                caches.snapshots().changes(),
                caches.migrations().changes(),
                caches.nodes().changes(),
                caches.storageClasses().changes(),
                caches.persistentVolumeClaims().changes(),
                caches.persistentVolumes().changes())
            .filter(change -> synced.get())
            .sample(CONDITIONS_EVERY)
            .publishOn(Schedulers.boundedElastic())
            .subscribe(change -> refreshConditions()));
    caches
        .whenSynced()
        .thenRun(
            () -> {
              synced.set(true);
              unschedulable.refreshAll();
              refreshConditions();
            });
  }

  private List<Alarm> alarms(List<PromAlert> firing) {
    return firing.stream().map(mapping::alarm).flatMap(Optional::stream).toList();
  }

  /** Recomputes the conditions of the kinds other than instances now. */
  void refreshConditions() {
    try {
      conditions.set(
          ConditionAlarms.of(
              new ConditionAlarms.Inputs(
                  List.of(),
                  List.of(), // kept per instance by unschedulable
                  caches.snapshots().list(),
                  caches.migrations().list(),
                  caches.nodes().list(),
                  storage.datastores())));
      publish();
    } catch (RuntimeException e) {
      log.warn("Alarm conditions could not be computed: {}", e.toString());
    }
  }

  private synchronized void publish() {
    List<Alarm> shown = new ArrayList<>();
    for (Alarm alarm : all()) {
      AlarmState state = states.of(alarm);
      if (state == null || state.kind() != AlarmState.Kind.RESET) {
        shown.add(alarm.with(state));
      }
    }
    shown.sort(
        Comparator.comparing(Alarm::severity)
            .reversed()
            .thenComparing(Alarm::since, Comparator.reverseOrder())
            .thenComparing(Alarm::id));
    List<Alarm> now = List.copyOf(shown);
    if (!now.equals(current.get())) {
      byTarget.set(
          now.stream()
              .collect(Collectors.groupingBy(Alarm::target, Collectors.toUnmodifiableList())));
      current.set(now);
      sink.tryEmitNext(now);
    }
  }

  /** Every alarm raised, before acknowledgements and resets. */
  private List<Alarm> all() {
    List<Alarm> all = new ArrayList<>(alerts.get());
    all.addAll(conditions.get());
    all.addAll(unschedulable.current());
    return all;
  }

  List<Alarm> current() {
    return current.get();
  }

  /** The alarms on exactly {@code target}, looked up in an index rebuilt on each change. */
  List<Alarm> on(AlarmTarget target) {
    return byTarget.get().getOrDefault(target, List.of());
  }

  Flux<List<Alarm>> changes() {
    return sink.asFlux();
  }

  Optional<PerfProblem> alertsProblem() {
    return prometheus.configured() ? problem.get() : Optional.of(PerfProblem.NOT_CONFIGURED);
  }

  AlarmStates states() {
    return states;
  }

  /** A raw alarm by id, whatever its state (a reset one too). */
  @Nullable Alarm find(String id) {
    return all().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  @Override
  public void close() {
    running.dispose();
    states.close();
  }
}
