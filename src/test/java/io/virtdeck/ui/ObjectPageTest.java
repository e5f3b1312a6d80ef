package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import io.virtdeck.testing.TestUi;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Sinks;

/**
 * An object page shows its object's icon, name, state and actions over its tabs, says when the
 * object is gone (without tabs), and redraws after each change it follows and on every attach.
 */
class ObjectPageTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  private final Sinks.Many<String> changes = Sinks.many().multicast().directBestEffort();
  private final AtomicReference<Optional<String>> object = new AtomicReference<>(Optional.of("up"));

  /** A host-like page over {@link #object}: present with a state, or gone. */
  private final class TestPage extends ObjectPage {
    final Div summary = new Div();

    TestPage() {
      super("test-page");
      addTab("vm.tab.summary", "test-tab-summary", summary);
      follow(changes::asFlux);
    }

    @Override
    protected void render() {
      object
          .get()
          .ifPresentOrElse(
              s ->
                  showObject(VaadinIcon.SERVER.create(), "node-1", List.of(state("test-state", s))),
              () -> showGone("node-1", "node-1 is gone"));
    }

    @Override
    protected String objectName() {
      return "node-1";
    }
  }

  @Test
  void theHeaderShowsNameAndStateAndFollowsTheObject() {
    TestPage page = new TestPage();
    testUi.ui().add(page);

    assertThat(texts(page)).contains("node-1", "up");
    assertThat(tabs(page).isVisible()).isTrue();
    assertThat(page.getPageTitle()).isEqualTo("node-1 · VirtDeck");

    object.set(Optional.of("maintenance"));
    changes.tryEmitNext("node-1");
    await().untilAsserted(() -> assertThat(texts(page)).contains("maintenance"));
  }

  @Test
  void aGoneObjectIsSaidWithoutTabs() {
    TestPage page = new TestPage();
    object.set(Optional.empty());
    testUi.ui().add(page);

    assertThat(texts(page)).contains("node-1", "node-1 is gone");
    assertThat(tabs(page).isVisible()).isFalse();
  }

  @Test
  void aPageAttachedAgainShowsWhatChangedWhileItWasAway() {
    TestPage page = new TestPage();
    testUi.ui().add(page);
    testUi.ui().remove(page);

    object.set(Optional.of("not responding"));
    changes.tryEmitNext("node-1"); // nobody listens
    testUi.ui().add(page);

    assertThat(texts(page)).contains("not responding");
  }

  private static TabSheet tabs(Component page) {
    return descendants(page)
        .filter(TabSheet.class::isInstance)
        .map(TabSheet.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static java.util.List<String> texts(Component page) {
    Component header = page.getChildren().findFirst().orElseThrow();
    return descendants(header)
        .filter(
            c ->
                c instanceof H2
                    || c.getId().isPresent()
                    || c instanceof com.vaadin.flow.component.html.Span)
        .map(c -> c.getElement().getText())
        .toList();
  }

  private static Stream<Component> descendants(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(ObjectPageTest::descendants));
  }
}
