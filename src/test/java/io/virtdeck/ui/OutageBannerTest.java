package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.testing.TestUi;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Sinks;

/**
 * An outage shows on every view as a line with the time contact was lost and the data's age, and
 * goes when the watches are back; a scope the cluster could not be asked about says so.
 */
class OutageBannerTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  private static final Instant LOST =
      LocalDateTime.parse("2026-12-07T10:42:00").atZone(ZoneId.systemDefault()).toInstant();

  @Test
  void showsWhenContactIsLostAndGoesWhenItIsBack() {
    Sinks.Many<Optional<Instant>> contact = Sinks.many().replay().latest();
    contact.tryEmitNext(Optional.empty());
    OutageBanner banner =
        new OutageBanner(contact::asFlux, Clock.fixed(LOST.plusSeconds(180), ZoneOffset.UTC));
    testUi.ui().add(new Div(banner));

    await().untilAsserted(() -> assertThat(banner.isVisible()).isFalse());
    contact.tryEmitNext(Optional.of(LOST));

    await()
        .untilAsserted(
            () ->
                assertThat(banner.getText())
                    .isEqualTo(
                        "Lost contact with the cluster at 10:42 (3m ago) — what you see may be out"
                            + " of date."));
    assertThat(banner.isVisible()).isTrue();

    contact.tryEmitNext(Optional.empty());
    await().untilAsserted(() -> assertThat(banner.isVisible()).isFalse());
  }

  @Test
  void aScopeWithUnansweredReviewsSaysSoAndACompleteOneSaysNothing() {
    assertThat(ScopeNotice.of(NamespaceScope.only(Set.of("shop")))).isEmpty();
    assertThat(ScopeNotice.of(NamespaceScope.UNKNOWN).orElseThrow().getText())
        .contains("could not ask the cluster");
    assertThat(ScopeNotice.of(new NamespaceScope(false, Set.of("shop"), Set.of("finance"))))
        .isPresent();
  }
}
