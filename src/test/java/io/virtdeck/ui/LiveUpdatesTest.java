package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Div;
import io.virtdeck.testing.TestUi;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Sinks;

/**
 * An attached view hears its stream's changes in throttled, coalesced batches; detached, none; a
 * following view reads its state again each time it is attached.
 */
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
  void aFollowingViewReadsAgainWhenAttachedSoThatChangesBeforeItsAttachAreShown() {
    AtomicReference<String> cache = new AtomicReference<>("booting");
    List<String> shown = new CopyOnWriteArrayList<>();
    LiveUpdates.follow(view, changes::asFlux, () -> shown.add(cache.get()));

    cache.set("running"); // the VM booted while its tab was not open yet: nobody heard it
    changes.tryEmitNext("vm-1");
    testUi.ui().add(view);
    assertThat(shown).containsExactly("running");

    testUi.ui().remove(view); // another tab chosen; the VM stops meanwhile
    cache.set("stopped");
    changes.tryEmitNext("vm-1");
    testUi.ui().add(view);
    assertThat(shown).containsExactly("running", "stopped");

    cache.set("running again"); // shown: a change is followed as with bind
    changes.tryEmitNext("vm-1");
    await().untilAsserted(() -> assertThat(shown).last().isEqualTo("running again"));
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
