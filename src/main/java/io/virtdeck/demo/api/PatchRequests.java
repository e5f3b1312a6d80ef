package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a PATCH as kube-apiserver does, for every patch type kubectl and VirtDeck send: JSON
 * patch (RFC 6902), JSON merge patch (exactly RFC 7386: lists are replaced, null deletes),
 * strategic merge patch (built-in kinds only, as on a real server; custom kinds get 415) and
 * server-side apply ({@code application/apply-patch+yaml}, simplified: the applied fields are
 * merged in as a strategic or merge patch, the object is created when missing, and field ownership
 * is not tracked). The new object is computed and checked here (400 when it cannot be decoded, 422
 * when the patch cannot be applied, 409 when a {@code test} or resourceVersion fails); the store
 * then receives only top-level replacements, so its own merge (which appended to lists) never runs.
 * With {@code dryRun=All} the result is answered and nothing is stored. Runs under the store's
 * write lock.
 */
final class PatchRequests {

  static final String JSON_PATCH = "application/json-patch+json";
  static final String MERGE_PATCH = "application/merge-patch+json";
  static final String STRATEGIC_PATCH = "application/strategic-merge-patch+json";
  static final String APPLY_PATCH = "application/apply-patch+yaml";

  private final IndexedCrudStore store;

  PatchRequests(IndexedCrudStore store) {
    this.store = store;
  }

  MockResponse handle(RecordedRequest request) {
    String path = request.getPath() == null ? "/" : request.getPath();
    String type = mediaType(request.getHeader(JsonResponses.CONTENT_TYPE));
    String body = request.getBody() == null ? "" : JsonResponses.text(request.getBody());
    if (!type.equals(JSON_PATCH)
        && !type.equals(MERGE_PATCH)
        && !type.equals(STRATEGIC_PATCH)
        && !type.equals(APPLY_PATCH)) {
      return unsupported(type);
    }
    JsonNode patch;
    try {
      patch =
          type.equals(APPLY_PATCH)
              ? Serialization.yamlMapper().readTree(body)
              : Serialization.jsonMapper().readTree(body);
    } catch (JacksonException e) {
      return badRequest("the body of the request could not be decoded: " + e.getOriginalMessage());
    }
    if (patch == null || patch.isMissingNode() || (type.equals(JSON_PATCH) != patch.isArray())) {
      return badRequest(
          type.equals(JSON_PATCH)
              ? "json: cannot unmarshal " + kindOf(patch) + " into Go value of type jsonpatch.Patch"
              : "json: cannot unmarshal "
                  + kindOf(patch)
                  + " into Go value of type map[string]any");
    }
    var stored = store.findResource(store.getKey(path));
    if (stored == null) {
      return type.equals(APPLY_PATCH)
          ? new ServerSideApply(store).create(path, (ObjectNode) patch)
          : new MockResponse().setResponseCode(404);
    }
    JsonNode current = Serialization.jsonMapper().readTree(stored.getValue());
    if (type.equals(STRATEGIC_PATCH) && !store.builtIn(path)) {
      return unsupported(type);
    }
    JsonNode result;
    try {
      result = apply(type, current, patch, path);
    } catch (RuntimeException e) {
      return JsonPatchErrors.status(e);
    }
    String problem = ObjectChecks.problem(result);
    if (problem != null) {
      return badRequest(problem);
    }
    if (!result.path("metadata").isObject()) {
      return StatusResponses.failure(422, "Invalid", "metadata: Required value", null);
    }
    if (DryRun.requested(path)) {
      return JsonResponses.json(200, DryRun.patched(store, path, current, result));
    }
    return store.patchStore(request(path, topLevelPatch(current, result)));
  }

  private JsonNode apply(String type, JsonNode current, JsonNode patch, String path) {
    return switch (type) {
      case JSON_PATCH -> JsonPatches.apply(current, (ArrayNode) patch);
      case MERGE_PATCH -> MergePatch.apply(current, patch);
      case STRATEGIC_PATCH -> StrategicMergePatch.apply(current, patch);
      default ->
          store.builtIn(path)
              ? StrategicMergePatch.apply(current, patch)
              : MergePatch.apply(current, patch);
    };
  }

  /** A JSON patch that turns {@code current} into {@code result} one top-level field at a time. */
  static ArrayNode topLevelPatch(JsonNode current, JsonNode result) {
    ArrayNode operations = JsonNodeFactory.instance.arrayNode();
    for (var field : result.properties()) {
      if (!field.getValue().equals(current.get(field.getKey()))) {
        operations
            .addObject()
            .put("op", "add")
            .put("path", "/" + field.getKey())
            .set("value", field.getValue());
      }
    }
    for (String name : current.propertyNames()) {
      if (!result.has(name)) {
        operations.addObject().put("op", "remove").put("path", "/" + name);
      }
    }
    return operations;
  }

  private static RecordedRequest request(String path, JsonNode jsonPatch) {
    byte[] body = Serialization.asJson(jsonPatch).getBytes(StandardCharsets.UTF_8);
    var headers = Headers.builder().add(JsonResponses.CONTENT_TYPE, JSON_PATCH).build();
    return new RecordedRequest("HTTP/1.1", HttpMethod.PATCH, path, headers, new Buffer(body));
  }

  private static String mediaType(@Nullable String contentType) {
    if (contentType == null) {
      return JSON_PATCH; // as the store: a PATCH without a type is a JSON patch
    }
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static String kindOf(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "null";
    }
    return node.isObject()
        ? "object"
        : node.isArray() ? "array" : node.isString() ? "string" : "number";
  }

  static MockResponse badRequest(String message) {
    return StatusResponses.failure(400, "BadRequest", message, null);
  }

  private static MockResponse unsupported(String type) {
    return StatusResponses.failure(
        415,
        "UnsupportedMediaType",
        "the body of the request was in an unknown format - accepted media types include: "
            + String.join(", ", JSON_PATCH, MERGE_PATCH, APPLY_PATCH)
            + (type.equals(STRATEGIC_PATCH) ? "" : ", " + STRATEGIC_PATCH + " (built-in kinds)"),
        null);
  }
}
