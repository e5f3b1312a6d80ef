package io.virtdeck.yaml;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The review of an edited YAML: its problems (each against its line), or the edit as a task ready
 * to send, which the API server accepted in a dry run.
 */
public record YamlReview(List<YamlProblem> problems, @Nullable YamlEditOperation edit) {

  public YamlReview {
    problems = List.copyOf(problems);
  }

  static YamlReview refused(List<YamlProblem> problems) {
    return new YamlReview(problems, null);
  }

  static YamlReview refused(YamlProblem problem) {
    return new YamlReview(List.of(problem), null);
  }

  /** The edit, when there are no problems. */
  public Optional<YamlEditOperation> operation() {
    return Optional.ofNullable(edit);
  }
}
