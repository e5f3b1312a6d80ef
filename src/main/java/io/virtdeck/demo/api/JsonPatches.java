package io.virtdeck.demo.api;

import io.fabric8.zjsonpatch.JsonPatch;
import io.fabric8.zjsonpatch.JsonPatchException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON patch (RFC 6902) applied one operation at a time: a {@code remove} or {@code replace} of a
 * path that does not exist fails as on a real API server; an {@code add} creates the objects above
 * its path when missing, as the demo store always did (kept so that writes which worked against the
 * demo keep working).
 */
final class JsonPatches {

  private JsonPatches() {}

  /** {@code current} with {@code patch} applied; {@code current} is not changed. */
  static JsonNode apply(JsonNode current, ArrayNode patch) {
    JsonNode document = current.deepCopy();
    for (JsonNode operation : patch) {
      if (!operation.isObject()) {
        throw new JsonPatchException("an operation is not an object: " + operation);
      }
      String op = operation.path("op").asString("");
      String path = operation.path("path").asString("");
      if ((op.equals("remove") || op.equals("replace")) && document.at(path).isMissingNode()) {
        throw new JsonPatchException(
            op + " operation does not apply: doc is missing path: " + path);
      }
      if (op.equals("add")) {
        withParents(document, path);
      }
      ArrayNode single = JsonNodeFactory.instance.arrayNode().add(operation);
      document = JsonPatch.apply(single, document);
    }
    return document;
  }

  private static void withParents(JsonNode document, String path) {
    String[] steps = path.replaceFirst("^/", "").split("/");
    JsonNode node = document;
    for (int i = 0; i < steps.length - 1; i++) {
      String step = steps[i].replace("~1", "/").replace("~0", "~");
      if (node instanceof ObjectNode object && object.get(step) == null) {
        object.set(step, JsonNodeFactory.instance.objectNode());
      }
      node = node.path(step);
    }
  }
}
