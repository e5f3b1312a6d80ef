package io.virtdeck.demo.api;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch exactly as RFC 7386 defines it: an object patch merges member by member, a null
 * member deletes, and anything else (arrays included) replaces the target's value whole.
 */
final class MergePatch {

  private MergePatch() {}

  /** The result of applying {@code patch} to {@code target}; neither argument is changed. */
  static JsonNode apply(JsonNode target, JsonNode patch) {
    return mergeInto(target.deepCopy(), patch);
  }

  /** Merges {@code patch} into {@code target}, which it may change, and returns the result. */
  private static JsonNode mergeInto(@Nullable JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result =
        target != null && target.isObject()
            ? (ObjectNode) target
            : JsonNodeFactory.instance.objectNode();
    for (var member : patch.properties()) {
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        result.set(member.getKey(), mergeInto(result.get(member.getKey()), member.getValue()));
      }
    }
    return result;
  }
}
