package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.testing.TestUi;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Sinks;

/** An attached view hears its stream's changes in throttled, coalesced batches; detached, none. */
class LiveUpdatesTest {

  @RegisterExtension final TestUi testUi = new TestUi();
  private final Sinks.Many<String> changes = Sinks.many().multicast().directBestEffort();
  private final List<List<String>> batches = new CopyOnWriteArrayList<>();
  private final Div view = new Div();

  @Test
  void aBurstArrivesInAtMostTwoUpdatesEachChangeOnce() {
    LiveUpdates.bind(view, changes::asFlux, batches::add);
    testUi.ui().add(view);

    for (String change : List.of("vm-1", "vm-2", "vm-3", "vm-2", "vm-1")) {
      changes.tryEmitNext(change);
    }

    // the first at once, the rest (if any came before it was handed over) at the window's end
    await()
        .untilAsserted(
            () ->
                assertThat(batches.stream().flatMap(List::stream).distinct())
                    .containsExactlyInAnyOrder("vm-1", "vm-2", "vm-3"));
    assertThat(batches)
        .hasSizeLessThanOrEqualTo(2)
        .allSatisfy(batch -> assertThat(batch).doesNotHaveDuplicates());
  }

  @Test
  void aDetachedViewIsUnsubscribed() {
    LiveUpdates.bind(view, changes::asFlux, batches::add);
    testUi.ui().add(view);
    assertThat(changes.currentSubscriberCount()).isEqualTo(1);

    testUi.ui().remove(view);

    assertThat(changes.currentSubscriberCount()).isZero();
  }
}
