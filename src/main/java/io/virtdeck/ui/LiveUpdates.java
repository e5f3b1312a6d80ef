package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Connects a component to a stream of changes while it is attached: changes are batched (a burst
 * becomes one update) and coalesced (a change seen several times in a window is handed over once,
 * so a row that changed ten times is refreshed once, with its state at that moment), handed over
 * inside {@code ui.access} on a worker thread (never on the stream's timer), at most one update
 * waiting per view (batches arriving meanwhile join it: {@link PendingUpdate}), and the
 * subscription is disposed on detach. The time from a batch's first change to its handling in the
 * UI is recorded as {@value #PUSH_LATENCY} in Micrometer's global registry (which Spring Boot's
 * registry joins).
 */
public final class LiveUpdates {

  /** How long changes are collected before one push. */
  public static final Duration WINDOW = Duration.ofMillis(150);

  /** Timer from a change entering a batch to the batch being handled inside {@code ui.access}. */
  public static final String PUSH_LATENCY = "virtdeck.push.latency";

  /**
   * Percentiles over the last 20 s, which tell the server's part of a change's way to a browser.
   */
  private static final Timer LATENCY =
      Timer.builder(PUSH_LATENCY)
          .description("From a change entering a batch to the UI handling it")
          .publishPercentiles(0.5, 0.95, 0.99)
          .distributionStatisticExpiry(Duration.ofSeconds(20))
          .distributionStatisticBufferLength(3)
          .register(Metrics.globalRegistry);

  private LiveUpdates() {}

  public static <T> void bind(
      Component component, Supplier<Flux<T>> changes, Consumer<List<T>> onBatch) {
    component.addAttachListener(
        attach -> {
          UI ui = attach.getUI();
          PendingUpdate<T> pending = new PendingUpdate<>();
          Disposable subscription =
              batches(changes.get())
                  .publishOn(Schedulers.boundedElastic())
                  .subscribe(
                      batch -> {
                        if (pending.add(batch)) {
                          ui.access(
                              () ->
                                  pending
                                      .drain()
                                      .ifPresent(
                                          merged -> {
                                            merged.recordLatency(LATENCY);
                                            onBatch.accept(merged.changes());
                                          }));
                        }
                      });
          Registration[] detach = new Registration[1];
          detach[0] =
              component.addDetachListener(
                  event -> {
                    subscription.dispose();
                    detach[0].remove();
                  });
        });
  }

  /**
   * Non-empty batches of {@code changes}, each change once (at its first place), each batch knowing
   * when its first change arrived.
   */
  static <T> Flux<Batch<T>> batches(Flux<T> changes) {
    return changes
        .map(change -> new Stamped<>(System.nanoTime(), change))
        .bufferTimeout(1_000, WINDOW)
        .filter(batch -> !batch.isEmpty())
        .map(
            batch ->
                new Batch<>(
                    batch.getFirst().nanos(),
                    batch.stream().map(Stamped::change).distinct().toList()));
  }

  private record Stamped<T>(long nanos, T change) {}

  /** Changes collected in one window, and when the first of them arrived. */
  record Batch<T>(long firstNanos, List<T> changes) {

    void recordLatency(Timer timer) {
      timer.record(System.nanoTime() - firstNanos, TimeUnit.NANOSECONDS);
    }
  }
}
