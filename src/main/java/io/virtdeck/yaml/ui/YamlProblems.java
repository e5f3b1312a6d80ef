package io.virtdeck.yaml.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.virtdeck.yaml.YamlProblem;
import java.util.List;

/** The problems of an edited YAML under the editor: each with its line, when it has one. */
final class YamlProblems {

  private YamlProblems() {}

  static void show(Div into, List<YamlProblem> problems) {
    into.removeAll();
    for (YamlProblem problem : problems) {
      String sentence =
          into.getTranslation(problem.message().key(), problem.message().args().toArray());
      Paragraph line =
          new Paragraph(
              problem.line() > 0
                  ? into.getTranslation("yaml.line", problem.line(), sentence)
                  : sentence);
      line.addClassName("yaml-problem");
      if (problem.line() > 0) {
        line.getElement().setAttribute("data-line", String.valueOf(problem.line()));
      }
      into.add(line);
    }
  }
}
