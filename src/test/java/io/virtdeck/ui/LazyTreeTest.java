package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A navigator tree is built when its tab is first shown, and only once. */
class LazyTreeTest {

  @Test
  void theTreeIsMadeOnFirstShowAndKept() {
    AtomicInteger made = new AtomicInteger();
    LazyTree lazy =
        new LazyTree(
            () -> {
              made.incrementAndGet();
              return new Span("tree");
            });

    assertThat(made).hasValue(0);
    assertThat(lazy.getChildren()).isEmpty();

    lazy.show();
    lazy.show();

    assertThat(made).hasValue(1);
    assertThat(lazy.getChildren()).hasSize(1);
  }
}
