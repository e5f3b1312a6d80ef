package io.virtdeck.yaml.ui;

import com.vaadin.flow.component.Component;
import io.virtdeck.task.Message;
import io.virtdeck.task.ui.FieldErrors;
import io.virtdeck.yaml.YamlProblem;
import java.util.List;

/**
 * The problems of an edited YAML under the editor, through {@link FieldErrors} as every form shows
 * them: each as a sentence that starts with its line ("Line 12: ..."), when it has one.
 */
final class YamlProblems {

  private YamlProblems() {}

  static void show(FieldErrors errors, Component owner, List<YamlProblem> problems) {
    errors.show(problems.stream().map(p -> message(owner, p)).toList());
  }

  private static Message message(Component owner, YamlProblem problem) {
    if (problem.line() <= 0) {
      return problem.message();
    }
    String sentence =
        owner.getTranslation(problem.message().key(), problem.message().args().toArray());
    return Message.of("yaml.line", String.valueOf(problem.line()), sentence);
  }
}
