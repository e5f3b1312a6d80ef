package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes with {@code dryRun=All} (kubectl's {@code --dry-run=server}, {@code kubectl diff}): the
 * request is checked as a real one would be (decoding, existence, resourceVersion) and answered
 * with the object the write would have produced, and nothing is stored or sent to watches.
 */
final class DryRun {

  private static final Pattern DRY_RUN = Pattern.compile("[?&]dryRun=All(&|$)");

  private DryRun() {}

  private static final Pattern IN_OPTIONS = Pattern.compile("\"dryRun\"\\s*:\\s*\\[\\s*\"All\"");

  /** Whether a request asks for a dry run: in its query, or in a DELETE's DeleteOptions body. */
  static boolean requested(String method, String requestPath, String body) {
    return requested(requestPath) || ("DELETE".equals(method) && IN_OPTIONS.matcher(body).find());
  }

  /** Whether the request path asks for a dry run. */
  static boolean requested(String requestPath) {
    return DRY_RUN.matcher(requestPath).find();
  }

  /** The answer to a dry-run create, replace or delete (PATCH is answered by PatchRequests). */
  static @Nullable MockResponse answer(
      IndexedCrudStore store, String method, String requestPath, String body) {
    return switch (method) {
      case "POST" -> create(store, requestPath, body);
      case "PUT" -> replace(store, requestPath, body);
      case "DELETE" -> delete(store, requestPath);
      default -> null;
    };
  }

  /** The object a patch to {@code path} would store, computed from the patched {@code result}. */
  static JsonNode patched(IndexedCrudStore store, String path, JsonNode current, JsonNode result) {
    ObjectNode answer;
    if (path.contains("/status?") || path.endsWith("/status")) {
      answer = (ObjectNode) current.deepCopy();
      answer.set("status", result.get("status"));
    } else {
      answer = (ObjectNode) result.deepCopy();
      if (store.isStatusSubresourceEnabledForResource(path) && current.has("status")) {
        answer.set("status", current.get("status"));
      }
    }
    ((ObjectNode) answer.get("metadata"))
        .put("resourceVersion", current.path("metadata").path("resourceVersion").asString(""));
    return answer;
  }

  private static MockResponse create(IndexedCrudStore store, String requestPath, String body) {
    ObjectNode object = parse(body);
    if (object == null) {
      return PatchRequests.badRequest("the body of the request could not be decoded");
    }
    String problem = ObjectChecks.problem(object);
    if (problem != null) {
      return PatchRequests.badRequest(problem);
    }
    var metadata =
        object.path("metadata") instanceof ObjectNode m ? m : object.putObject("metadata");
    String name = metadata.path("name").asString("");
    if (name.isEmpty() && !metadata.path("generateName").asString("").isEmpty()) {
      name = metadata.path("generateName").asString() + suffix();
      metadata.put("name", name);
    }
    if (name.isEmpty() || object.path("kind").asString("").isEmpty()) {
      return StatusResponses.failure(
          422, "Invalid", "metadata.name: Required value: name or generateName is required", null);
    }
    var path = ResourcePath.parse(requestPath);
    if (path != null && path.namespace() != null) {
      metadata.put("namespace", path.namespace());
    }
    String collection = withoutQuery(requestPath);
    if (store.findResource(store.getKey(collection + "/" + name)) != null) {
      return new MockResponse().setResponseCode(409);
    }
    metadata.put("uid", UUID.randomUUID().toString());
    metadata.put("creationTimestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    metadata.put("generation", 1);
    return JsonResponses.json(201, object);
  }

  private static MockResponse replace(IndexedCrudStore store, String requestPath, String body) {
    ObjectNode object = parse(body);
    if (object == null) {
      return PatchRequests.badRequest("the body of the request could not be decoded");
    }
    String problem = ObjectChecks.problem(object);
    if (problem != null) {
      return PatchRequests.badRequest(problem);
    }
    var stored = store.findResource(store.getKey(withoutQuery(requestPath)));
    if (stored == null) {
      return new MockResponse().setResponseCode(404);
    }
    JsonNode current = Serialization.jsonMapper().readTree(stored.getValue());
    String expected = object.path("metadata").path("resourceVersion").asString("");
    if (!expected.isEmpty()
        && !expected.equals(current.path("metadata").path("resourceVersion").asString(""))) {
      return new MockResponse().setResponseCode(409);
    }
    if (!object.path("metadata").isObject()) {
      object.putObject("metadata");
    }
    return JsonResponses.json(200, patched(store, requestPath, current, object));
  }

  private static MockResponse delete(IndexedCrudStore store, String requestPath) {
    var stored = store.findResource(store.getKey(withoutQuery(requestPath)));
    return stored == null
        ? new MockResponse().setResponseCode(404)
        : new MockResponse()
            .setResponseCode(200)
            .setHeader(JsonResponses.CONTENT_TYPE, JsonResponses.APPLICATION_JSON)
            .setBody(stored.getValue());
  }

  private static @Nullable ObjectNode parse(String body) {
    try {
      JsonNode node =
          body.stripLeading().startsWith("{")
              ? Serialization.jsonMapper().readTree(body)
              : Serialization.yamlMapper().readTree(body);
      return node instanceof ObjectNode object ? object : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  static String withoutQuery(String requestPath) {
    int query = requestPath.indexOf('?');
    return query < 0 ? requestPath : requestPath.substring(0, query);
  }

  private static String suffix() {
    var random = ThreadLocalRandom.current();
    var text = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      text.append("bcdfghjklmnpqrstvwxz2456789".charAt(random.nextInt(27)));
    }
    return text.toString();
  }
}
