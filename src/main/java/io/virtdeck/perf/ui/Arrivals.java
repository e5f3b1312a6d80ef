package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/**
 * Answers a component waits for: each is handed over inside {@code ui.access} when it arrives, and
 * every wait still open is dropped when the component detaches or starts over.
 */
final class Arrivals {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Arrivals.class);

  private final Component owner;
  private Disposable.Composite waiting = Disposables.composite();
  private @Nullable UI ui;

  /** Runs {@code onAttach} each time {@code owner} attaches (after dropping earlier waits). */
  Arrivals(Component owner, Runnable onAttach) {
    this.owner = owner;
    owner.addAttachListener(
        attach -> {
          ui = attach.getUI();
          onAttach.run();
        });
    owner.addDetachListener(
        detach -> {
          waiting.dispose();
          ui = null;
        });
  }

  /** Forgets every answer still awaited. */
  void restart() {
    waiting.dispose();
    waiting = Disposables.composite();
  }

  /** Waits for {@code answer} and hands it to {@code show} in the owner's UI. */
  <T> void await(Mono<T> answer, Consumer<T> show) {
    waiting.add(answer.subscribe(value -> handOver(value, show)));
  }

  /**
   * As {@link #await}, but when called while handling a request (holding the session's lock, as in
   * an attach or a click) it waits up to {@code within} for the answer and shows it in that
   * request's own response: the user's click then costs one round trip, not a response with empty
   * charts and a push after it. An answer that comes later is handed over as {@link #await} does.
   */
  <T> void awaitInResponse(Mono<T> answer, Duration within, Consumer<T> show) {
    UI current = ui;
    if (current == null || !current.getSession().hasLock()) {
      await(answer, show);
      return;
    }
    CompletableFuture<T> arrived = new CompletableFuture<>();
    waiting.add(answer.subscribe(arrived::complete, arrived::completeExceptionally));
    try {
      show.accept(arrived.get(within.toNanos(), TimeUnit.NANOSECONDS));
    } catch (TimeoutException late) {
      arrived.thenAccept(value -> handOver(value, show));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      arrived.thenAccept(value -> handOver(value, show));
    } catch (ExecutionException failed) {
      // the service answers failures as problems to show; an error here is a bug, not a reply
      log.warn("An awaited answer failed", failed.getCause());
    }
  }

  private <T> void handOver(T value, Consumer<T> show) {
    UI current = ui;
    if (current == null) {
      return;
    }
    try {
      current.access(
          () -> {
            if (owner.isAttached()) {
              show.accept(value);
            }
          });
    } catch (UIDetachedException gone) {
      // the view went away while the answer was on its way
    }
  }
}
