package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.virtdeck.testing.TestUi;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A redrawn header keeps attached the components it shows again (a VM's action bar), so that a
 * click on them is never dropped by a redraw, and shows the new ones in the order asked.
 */
class HeaderChildrenTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  void aComponentShownAgainStaysAttachedAndTheOthersAreReplacedInOrder() {
    Div header = new Div();
    testUi.ui().add(header);
    Span oldTitle = new Span("old title");
    Div bar = new Div();
    Span oldProblem = new Span("old problem");
    HeaderChildren.replace(header, List.of(oldTitle, bar, oldProblem));
    AtomicInteger barDetached = new AtomicInteger();
    bar.addDetachListener(e -> barDetached.incrementAndGet());

    Span title = new Span("title");
    Span problem = new Span("problem");
    HeaderChildren.replace(header, List.of(title, bar, problem));

    assertThat(header.getChildren().toList()).containsExactly(title, bar, problem);
    assertThat(barDetached).hasValue(0);
    assertThat(oldTitle.getParent()).isEmpty();
    assertThat(oldProblem.getParent()).isEmpty();
  }

  @Test
  void aComponentNoLongerAskedForIsRemoved() {
    Div header = new Div();
    Div bar = new Div();
    HeaderChildren.replace(header, List.of(new Span("a"), bar));
    Component only = new Span("b");

    HeaderChildren.replace(header, List.of(only));

    assertThat(header.getChildren().toList()).containsExactly(only);
  }
}
