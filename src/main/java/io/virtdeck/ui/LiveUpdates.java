package io.virtdeck.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Connects a component to a stream of changes while it is attached: changes are batched (a burst
 * becomes one update), handed over inside {@code ui.access}, and the subscription is disposed on
 * detach.
 */
public final class LiveUpdates {

  /** How long changes are collected before one push. */
  public static final Duration WINDOW = Duration.ofMillis(150);

  private LiveUpdates() {}

  public static <T> void bind(
      Component component, Supplier<Flux<T>> changes, Consumer<List<T>> onBatch) {
    component.addAttachListener(
        attach -> {
          UI ui = attach.getUI();
          Disposable subscription =
              changes
                  .get()
                  .bufferTimeout(1_000, WINDOW)
                  .filter(batch -> !batch.isEmpty())
                  .subscribe(batch -> ui.access(() -> onBatch.accept(batch)));
          Registration[] detach = new Registration[1];
          detach[0] =
              component.addDetachListener(
                  event -> {
                    subscription.dispose();
                    detach[0].remove();
                  });
        });
  }
}
