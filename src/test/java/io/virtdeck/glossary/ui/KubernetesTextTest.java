package io.virtdeck.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

class KubernetesTextTest extends GlossaryUiTest {

  @Test
  void backtickedNamesBecomeCodeAndNoBacktickIsShown() {
    Span text = KubernetesText.of("VirtualMachineInstance `pause` / `unpause` subresources");

    assertThat(find(text, Code.class))
        .extracting(Code::getText)
        .containsExactly("pause", "unpause");
    assertThat(text.getElement().getTextRecursively())
        .isEqualTo("VirtualMachineInstance pause / unpause subresources");
  }

  @Test
  void anUnmatchedBacktickLeavesPlainText() {
    Span text = KubernetesText.of("a `b");

    assertThat(find(text, Code.class)).isEmpty();
    assertThat(text.getElement().getTextRecursively()).isEqualTo("a b");
  }
}
