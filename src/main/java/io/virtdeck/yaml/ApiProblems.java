package io.virtdeck.yaml;

import io.virtdeck.cluster.ApiRefusal;
import io.virtdeck.task.Message;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API server's refusal of an edit (its dry run) as problems against the lines of the edited
 * YAML: each cause of a 422 on the line of its field; a decoding error (400) on the line of the
 * field its message names; a failed test (409) as the sentence that someone changed the object.
 */
final class ApiProblems {

  /** A decoder's message names the field as {@code Go struct field ObjectMeta.metadata.labels}. */
  private static final Pattern GO_FIELD = Pattern.compile("Go struct field \\w+\\.([\\w.\\[\\]]+)");

  private ApiProblems() {}

  static List<YamlProblem> of(ApiRefusal refusal, String edited, String kind, String name) {
    var response = refusal.response();
    return switch (response.code()) {
      case 409 -> List.of(YamlProblem.general(Message.of("yaml.conflict", kind, name)));
      case 401, 403 ->
          List.of(YamlProblem.general(Message.of("yaml.forbidden", response.message())));
      case 404 -> List.of(YamlProblem.general(Message.of("yaml.gone", kind, name)));
      case 0 -> List.of(YamlProblem.general(Message.of("yaml.unreachable", response.message())));
      default -> invalid(refusal, edited);
    };
  }

  private static List<YamlProblem> invalid(ApiRefusal refusal, String edited) {
    if (!refusal.causes().isEmpty()) {
      return refusal.causes().stream()
          .map(
              c ->
                  new YamlProblem(
                      c.field().isEmpty() ? 0 : YamlLines.lineOf(edited, c.field()),
                      Message.of("yaml.invalid.field", c.field(), c.message())))
          .toList();
    }
    String message = refusal.response().message();
    Matcher field = GO_FIELD.matcher(message);
    int line = field.find() ? YamlLines.lineOf(edited, field.group(1)) : 0;
    return List.of(new YamlProblem(line, Message.of("yaml.invalid.api", message)));
  }
}
