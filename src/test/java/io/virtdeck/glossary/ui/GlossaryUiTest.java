package io.virtdeck.glossary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import io.virtdeck.testing.TestUi;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sets up a UI whose translations come from the real bundles, without a servlet container. */
abstract class GlossaryUiTest {

  @RegisterExtension protected final TestUi testUi = new TestUi();

  /** The component and all its descendants. */
  protected static Stream<Component> tree(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(GlossaryUiTest::tree));
  }

  protected static <T extends Component> List<T> find(Component root, Class<T> type) {
    return tree(root).filter(type::isInstance).map(type::cast).toList();
  }

  protected static String explanationOf(Popover popover) {
    return find(popover, Paragraph.class).getFirst().getText();
  }

  protected static String kubernetesOf(Popover popover) {
    return find(popover, Span.class).stream()
        .filter(s -> s.hasClassName(KubernetesText.CLASS_NAME))
        .findFirst()
        .orElseThrow()
        .getElement()
        .getTextRecursively();
  }

  protected static Anchor linkOf(Popover popover) {
    return find(popover, Anchor.class).getFirst();
  }

  protected static Button buttonOf(Component root) {
    return find(root, Button.class).getFirst();
  }
}
