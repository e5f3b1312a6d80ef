package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The create half of server-side apply ({@code kubectl apply --server-side} of an object that does
 * not exist yet): the applied configuration is created as it is. The update half is a merge, done
 * by {@link PatchRequests}.
 */
final class ServerSideApply {

  private final IndexedCrudStore store;

  ServerSideApply(IndexedCrudStore store) {
    this.store = store;
  }

  MockResponse create(String requestPath, ObjectNode applied) {
    String problem = ObjectChecks.problem(applied);
    if (problem != null) {
      return PatchRequests.badRequest(problem);
    }
    if (applied.path("apiVersion").asString("").isEmpty()
        || applied.path("kind").asString("").isEmpty()) {
      return StatusResponses.failure(
          400, "BadRequest", "apiVersion and kind must be set in an applied configuration", null);
    }
    var path = ResourcePath.parse(requestPath);
    if (path == null || path.name() == null || path.subresource() != null) {
      return StatusResponses.notFound();
    }
    ObjectNode metadata =
        applied.path("metadata") instanceof ObjectNode m ? m : applied.putObject("metadata");
    if (!metadata.path("name").asString(path.name()).equals(path.name())) {
      return PatchRequests.badRequest(
          "the name of the object ("
              + metadata.path("name").asString()
              + ") does not match the name on the URL ("
              + path.name()
              + ")");
    }
    metadata.put("name", path.name());
    String plain = DryRun.withoutQuery(requestPath);
    String collection = plain.substring(0, plain.lastIndexOf('/'));
    String query = requestPath.substring(plain.length());
    String json = Serialization.asJson(applied);
    if (DryRun.requested(requestPath)) {
      return Objects.requireNonNull(DryRun.answer(store, "POST", collection + query, json));
    }
    var headers = Headers.builder().add(JsonResponses.CONTENT_TYPE, "application/json").build();
    var body = new Buffer(json.getBytes(StandardCharsets.UTF_8));
    return store.handleCreate(
        new RecordedRequest("HTTP/1.1", HttpMethod.POST, collection, headers, body));
  }
}
