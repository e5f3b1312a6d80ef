package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The decoding checks a real API server's decoder makes before anything is stored: the object is a
 * JSON object whose apiVersion, kind and metadata fields have the types of ObjectMeta. A failure is
 * the API server's sentence (a 400 BadRequest), for example {@code json: cannot unmarshal object
 * into Go struct field ObjectMeta.metadata.finalizers of type []string}.
 */
final class ObjectChecks {

  private ObjectChecks() {}

  /**
   * The answer to a create ({@code POST}) or replace ({@code PUT}) whose body a real API server
   * would refuse before storing it, or null when the store may take it.
   */
  static @Nullable MockResponse refusal(String method, String body) {
    JsonNode object;
    try {
      object = Serialization.jsonMapper().readTree(body);
    } catch (JacksonException e) {
      try {
        object = Serialization.yamlMapper().readTree(body);
      } catch (JacksonException notYaml) {
        return PatchRequests.badRequest(
            "the body of the request could not be decoded: " + e.getOriginalMessage());
      }
    }
    String problem = object == null ? "the body of the request is empty" : problem(object);
    if (problem != null) {
      return PatchRequests.badRequest(problem);
    }
    JsonNode metadata = object.path("metadata");
    if ("POST".equals(method)
        && metadata.path("name").asString("").isEmpty()
        && metadata.path("generateName").asString("").isEmpty()) {
      return StatusResponses.failure(
          422, "Invalid", "metadata.name: Required value: name or generateName is required", null);
    }
    return null;
  }

  /** Why {@code object} cannot be decoded, or null when it can. */
  static @Nullable String problem(JsonNode object) {
    if (!object.isObject()) {
      return "json: cannot unmarshal " + type(object) + " into Go value of type map[string]any";
    }
    for (String field : new String[] {"apiVersion", "kind"}) {
      if (object.has(field) && !object.get(field).isString()) {
        return unmarshal(object.get(field), "TypeMeta." + field, "string");
      }
    }
    JsonNode metadata = object.get("metadata");
    if (metadata == null || metadata.isNull()) {
      return null;
    }
    if (!metadata.isObject()) {
      return unmarshal(metadata, "ObjectMeta.metadata", "v1.ObjectMeta");
    }
    for (String field : new String[] {"name", "namespace", "generateName", "resourceVersion"}) {
      if (present(metadata, field) && !metadata.get(field).isString()) {
        return unmarshal(metadata.get(field), "ObjectMeta.metadata." + field, "string");
      }
    }
    for (String field : new String[] {"labels", "annotations"}) {
      if (present(metadata, field) && !stringMap(metadata.get(field))) {
        return unmarshal(metadata.get(field), "ObjectMeta.metadata." + field, "map[string]string");
      }
    }
    if (present(metadata, "finalizers") && !stringList(metadata.get("finalizers"))) {
      return unmarshal(metadata.get("finalizers"), "ObjectMeta.metadata.finalizers", "[]string");
    }
    JsonNode owners = metadata.get("ownerReferences");
    if (owners != null && !owners.isNull() && !objectList(owners)) {
      return unmarshal(owners, "ObjectMeta.metadata.ownerReferences", "[]v1.OwnerReference");
    }
    return null;
  }

  private static boolean present(JsonNode metadata, String field) {
    return metadata.has(field) && !metadata.get(field).isNull();
  }

  private static boolean stringMap(JsonNode node) {
    if (!node.isObject()) {
      return false;
    }
    for (var member : node.properties()) {
      if (!member.getValue().isString() && !member.getValue().isNull()) {
        return false;
      }
    }
    return true;
  }

  private static boolean stringList(JsonNode node) {
    if (!node.isArray()) {
      return false;
    }
    for (JsonNode item : node) {
      if (!item.isString()) {
        return false;
      }
    }
    return true;
  }

  private static boolean objectList(JsonNode node) {
    if (!node.isArray()) {
      return false;
    }
    for (JsonNode item : node) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }

  private static String unmarshal(JsonNode value, String field, String goType) {
    JsonNode inner = value.isArray() && !value.isEmpty() ? value.get(0) : value;
    String what = value.isArray() && goType.startsWith("[]") ? type(inner) : type(value);
    return "json: cannot unmarshal "
        + what
        + " into Go struct field "
        + field
        + " of type "
        + (value.isArray() && goType.startsWith("[]") ? goType.substring(2) : goType);
  }

  private static String type(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isString()) {
      return "string";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "bool";
    }
    return "null";
  }
}
