package io.virtdeck.task.ui;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import io.virtdeck.task.TextDiff;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A YAML diff drawn line by line: added lines green, removed lines red, each run of unchanged lines
 * left out shown as one muted line that says how many.
 */
public final class YamlDiffView {

  private YamlDiffView() {}

  /** The lines in a code block; {@code elided} words a run of that many unchanged lines. */
  public static Pre of(List<TextDiff.Line> lines, IntFunction<String> elided) {
    Pre pre = new Pre();
    pre.addClassName("teach-code");
    pre.addClassName("teach-diff");
    for (TextDiff.Line line : lines) {
      Span span =
          new Span(
              line.change() == TextDiff.Change.ELIDED
                  ? elided.apply(line.elidedLines())
                  : line.toString());
      span.addClassName("diff-" + line.change().name().toLowerCase(Locale.ROOT));
      pre.add(span);
    }
    return pre;
  }
}
