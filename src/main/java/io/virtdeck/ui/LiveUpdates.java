package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Connects a component to a stream of changes while it is attached: changes are throttled (a change
 * after a quiet window is handed over at once, a burst within a window becomes one update at its
 * end: {@link PendingUpdate}) and coalesced (a change seen several times in a window is handed over
 * once, so a row that changed ten times is refreshed once, with its state at that moment), handed
 * over inside {@code ui.access} on a worker thread (never on the stream's thread), at most one
 * update waiting per view, and the subscription is disposed on detach. The window is the service's
 * {@link BatchWindow} ({@code virtdeck.ui.batch-window}, {@link BatchWindowSetting}), else {@link
 * BatchWindow#DEFAULT}. The time from a batch's first change to its handling in the UI is recorded
 * as {@value #PUSH_LATENCY} in Micrometer's global registry (which Spring Boot's registry joins).
 */
public final class LiveUpdates {

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
    bind(component, changes, onBatch, () -> {});
  }

  /**
   * Keeps a component showing what {@code refresh} reads from the caches: it reads again each time
   * the component is attached (after subscribing, so nothing falls between the two) and after each
   * batch of changes. A component is often made before it is shown and detached while hidden (the
   * content of a tab that is not selected): a change made meanwhile reaches no subscriber, and
   * nothing else would tell the component of it.
   */
  public static <T> void follow(Component component, Supplier<Flux<T>> changes, Runnable refresh) {
    bind(component, changes, batch -> refresh.run(), refresh);
  }

  private static <T> void bind(
      Component component,
      Supplier<Flux<T>> changes,
      Consumer<List<T>> onBatch,
      Runnable onAttached) {
    component.addAttachListener(
        attach -> {
          UI ui = attach.getUI();
          PendingUpdate<T> pending = new PendingUpdate<>(window(ui));
          AtomicBoolean attached = new AtomicBoolean(true);
          Runnable handOver =
              () -> {
                if (!attached.get()) {
                  return;
                }
                long due = System.nanoTime();
                try {
                  ui.access(
                      () -> {
                        pending
                            .drain(System.nanoTime())
                            .ifPresent(
                                batch -> {
                                  batch.recordLatency(LATENCY);
                                  onBatch.accept(batch.changes());
                                });
                        pending.handled(System.nanoTime() - due);
                      });
                } catch (UIDetachedException detachedMeanwhile) {
                  // the view went away while its update waited: nothing to show it on
                }
              };
          Disposable subscription =
              changes
                  .get()
                  .subscribe(
                      change -> {
                        long delay = pending.add(change, System.nanoTime());
                        if (delay != PendingUpdate.ALREADY_SCHEDULED) {
                          Schedulers.boundedElastic()
                              .schedule(handOver, delay, TimeUnit.NANOSECONDS);
                        }
                      });
          Registration[] detach = new Registration[1];
          detach[0] =
              component.addDetachListener(
                  event -> {
                    attached.set(false);
                    subscription.dispose();
                    detach[0].remove();
                  });
          onAttached.run();
        });
  }

  /** The window configured for the UI's service, or the default (a UI outside a servlet). */
  static BatchWindow window(UI ui) {
    VaadinSession session = ui.getSession();
    VaadinContext context = session == null ? null : session.getService().getContext();
    return context == null
        ? BatchWindow.DEFAULT
        : context.getAttribute(BatchWindow.class, () -> BatchWindow.DEFAULT);
  }

  /** Changes collected in one window, and when the first of them arrived. */
  record Batch<T>(long firstNanos, List<T> changes) {

    void recordLatency(Timer timer) {
      timer.record(System.nanoTime() - firstNanos, TimeUnit.NANOSECONDS);
    }
  }
}
