package io.virtdeck.yaml;

import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.task.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The change from the YAML the user saw to the YAML they edited, as an RFC 6902 JSON patch of just
 * the changed paths: a value replaced or removed is first tested to be the one the user saw, so
 * that a change someone made meanwhile is refused (409) rather than overwritten; lists of another
 * length are replaced whole, after the same test. Changes that cannot be sent are refused, each
 * with its line: another kind, name or namespace (that would be another object), the status
 * (written by the controllers), and the metadata the API server sets.
 */
public final class YamlPatch {

  /** Metadata the API server writes, which an edit must leave as it is. */
  static final Set<String> SERVER_SET =
      Set.of(
          "resourceVersion",
          "uid",
          "creationTimestamp",
          "generation",
          "selfLink",
          "deletionTimestamp",
          "deletionGracePeriodSeconds",
          "managedFields");

  /** The patch's operations, or the refusals (then no operations). */
  public record Result(List<Map<String, Object>> operations, List<YamlProblem> refusals) {}

  private YamlPatch() {}

  /** The patch turning {@code seen} into {@code edited}; {@code editedText} locates refusals. */
  public static Result of(JsonNode seen, JsonNode edited, String editedText) {
    List<YamlProblem> refusals = new ArrayList<>();
    refuseChange(seen, edited, editedText, "apiVersion", "yaml.refused.identity", refusals);
    refuseChange(seen, edited, editedText, "kind", "yaml.refused.identity", refusals);
    refuseChange(seen, edited, editedText, "metadata.name", "yaml.refused.identity", refusals);
    refuseChange(seen, edited, editedText, "metadata.namespace", "yaml.refused.identity", refusals);
    refuseChange(seen, edited, editedText, "status", "yaml.refused.status", refusals);
    for (String field : SERVER_SET) {
      refuseChange(
          seen, edited, editedText, "metadata." + field, "yaml.refused.server-set", refusals);
    }
    if (!refusals.isEmpty()) {
      return new Result(List.of(), refusals);
    }
    List<Map<String, Object>> operations = new ArrayList<>();
    diff("", seen, edited, operations);
    return new Result(operations, List.of());
  }

  private static void refuseChange(
      JsonNode seen,
      JsonNode edited,
      String editedText,
      String field,
      String key,
      List<YamlProblem> refusals) {
    JsonNode before = seen.at(pointer(field));
    JsonNode after = edited.at(pointer(field));
    if (!before.equals(after)) {
      refusals.add(
          new YamlProblem(
              YamlLines.lineOf(editedText, field),
              Message.of(key, field, before.isMissingNode() ? "" : text(before))));
    }
  }

  private static String text(JsonNode value) {
    return value.isValueNode() ? value.asString() : value.toString();
  }

  private static String pointer(String dotted) {
    return "/" + dotted.replace('.', '/');
  }

  private static void diff(
      String path, JsonNode seen, JsonNode edited, List<Map<String, Object>> operations) {
    if (seen.equals(edited)) {
      return;
    }
    if (seen.isObject() && edited.isObject()) {
      for (String name : seen.propertyNames()) {
        String child = path + "/" + escape(name);
        if (edited.has(name)) {
          diff(child, seen.get(name), edited.get(name), operations);
        } else {
          operations.add(JsonPatch.op("test", child, seen.get(name)));
          operations.add(JsonPatch.op("remove", child, null));
        }
      }
      for (String name : edited.propertyNames()) {
        if (!seen.has(name)) {
          operations.add(JsonPatch.op("add", path + "/" + escape(name), edited.get(name)));
        }
      }
    } else if (seen.isArray() && edited.isArray() && seen.size() == edited.size()) {
      for (int k = 0; k < seen.size(); k++) {
        diff(path + "/" + k, seen.get(k), edited.get(k), operations);
      }
    } else {
      operations.add(JsonPatch.op("test", path, seen));
      operations.add(JsonPatch.op("replace", path, edited));
    }
  }

  /** A property name as one JSON pointer token ({@code ~} and {@code /} escaped). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
