package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Table form of a get, list or watch event ({@code Accept:
 * application/json;as=Table;g=meta.k8s.io;v=v1}, what {@code kubectl get} asks for), with the
 * {@link PrinterColumns} of the kind; each row carries the object's metadata as kubectl needs it
 * (its namespace for {@code -A}).
 */
final class TableOutput {

  private TableOutput() {}

  /** Whether an Accept header asks for a Table. */
  static boolean wanted(@Nullable String accept) {
    return accept != null && accept.contains("as=Table");
  }

  /** {@code response} (a GET's answer) as a Table when asked for and it is an object or list. */
  static MockResponse convert(String requestPath, @Nullable String accept, MockResponse response) {
    var path = ResourcePath.parse(requestPath);
    if (!wanted(accept)
        || response.code() != 200
        || response.getBody() == null
        || path == null
        || path.plural() == null
        || path.subresource() != null) {
      return response;
    }
    JsonNode body = Serialization.jsonMapper().readTree(JsonResponses.text(response.getBody()));
    if (!body.isObject() || "Status".equals(body.path("kind").asString(""))) {
      return response;
    }
    return JsonResponses.json(200, table(path, body, Instant.now()));
  }

  /** A watch event line with its object as a one-row Table (ERROR events unchanged). */
  static String event(String requestPath, String event) {
    var path = ResourcePath.parse(requestPath);
    JsonNode parsed = Serialization.jsonMapper().readTree(event);
    if (path == null || path.plural() == null || "ERROR".equals(parsed.path("type").asString(""))) {
      return event;
    }
    ((ObjectNode) parsed).set("object", table(path, parsed.path("object"), Instant.now()));
    return Serialization.asJson(parsed);
  }

  static ObjectNode table(ResourcePath path, JsonNode body, Instant now) {
    List<PrinterColumns.Column> columns =
        PrinterColumns.of(path.group(), java.util.Objects.requireNonNullElse(path.plural(), ""));
    var factory = JsonNodeFactory.instance;
    ObjectNode table = factory.objectNode();
    table.put("kind", "Table").put("apiVersion", "meta.k8s.io/v1");
    ObjectNode metadata = table.putObject("metadata");
    if (body.path("metadata").has("resourceVersion")) {
      metadata.set("resourceVersion", body.path("metadata").path("resourceVersion"));
    }
    ArrayNode definitions = table.putArray("columnDefinitions");
    for (var column : columns) {
      ObjectNode definition = definitions.addObject();
      definition
          .put("name", column.name())
          .put("type", column.type().equals("date") ? "string" : column.type());
      definition.put("format", column.name().equals("Name") ? "name" : "");
      definition.put("description", column.name()).put("priority", column.priority());
    }
    ArrayNode rows = table.putArray("rows");
    JsonNode items = body.has("items") ? body.path("items") : factory.arrayNode().add(body);
    for (JsonNode item : items) {
      ObjectNode row = rows.addObject();
      ArrayNode cells = row.putArray("cells");
      for (var column : columns) {
        cells.addPOJO(column.cell().apply(item, now));
      }
      ObjectNode object = row.putObject("object");
      object.put("kind", "PartialObjectMetadata").put("apiVersion", "meta.k8s.io/v1");
      object.set("metadata", item.path("metadata"));
    }
    return table;
  }
}
