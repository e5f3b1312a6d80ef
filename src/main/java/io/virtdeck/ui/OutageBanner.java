package io.virtdeck.ui;

import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/**
 * Says, on every view, when VirtDeck lost contact with the cluster and how old what it shows may be
 * ("Lost contact with the cluster at 10:42 (3m ago) — what you see may be out of date"); hidden
 * while every watch runs. Fed by the caches' contact stream; the age is refreshed while it shows.
 */
final class OutageBanner extends Div {

  /** How often the age is refreshed during an outage. */
  static final Duration AGE_REFRESH = Duration.ofSeconds(15);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

  private final Clock clock;

  OutageBanner(Supplier<Flux<Optional<Instant>>> contact, Clock clock) {
    this.clock = clock;
    setId("cluster-outage");
    addClassName("outage-banner");
    getElement().setAttribute("role", "alert");
    setVisible(false);
    LiveUpdates.bind(
        this,
        () ->
            contact
                .get()
                .switchMap(
                    lost ->
                        lost.isEmpty()
                            ? Flux.just(lost)
                            : Flux.interval(Duration.ZERO, AGE_REFRESH).map(tick -> lost)),
        this::show);
  }

  private void show(List<Optional<Instant>> changes) {
    Optional<Instant> lost = changes.getLast();
    setVisible(lost.isPresent());
    lost.ifPresent(
        at ->
            setText(
                getTranslation(
                    "cluster.outage", TIME.format(at), Formats.age(at, clock.instant()))));
  }
}
