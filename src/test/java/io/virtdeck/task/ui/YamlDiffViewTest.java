package io.virtdeck.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import io.virtdeck.task.TextDiff;
import org.junit.jupiter.api.Test;

class YamlDiffViewTest {

  @Test
  void colourEachChangeAndSayHowManyLinesAreLeftOut() {
    String before = "a\nb\nc\nd\ne\nf";
    String after = "a\nb\nc\nd\ne\nF";

    Pre diff = YamlDiffView.of(TextDiff.changedLines(before, after), n -> n + " unchanged lines");

    assertThat(diff.getChildren().map(YamlDiffViewTest::describe))
        .containsExactly(
            "diff-elided: 3 unchanged lines",
            "diff-kept:   d",
            "diff-kept:   e",
            "diff-removed: - f",
            "diff-added: + F");
  }

  private static String describe(Component line) {
    Span span = (Span) line;
    return String.join(" ", span.getClassNames()) + ": " + span.getText();
  }
}
