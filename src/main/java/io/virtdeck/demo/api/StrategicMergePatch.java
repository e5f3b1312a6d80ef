package io.virtdeck.demo.api;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kubernetes' strategic merge patch for the built-in kinds, as kubectl sends it ({@code kubectl
 * patch} by default, {@code kubectl label} and {@code annotate}). Like a JSON merge patch, except
 * for lists: the lists the built-in types declare with a merge key (containers by name, conditions
 * by type, ...) are merged item by item, {@code finalizers} as a set; every other list is replaced.
 * The directives {@code $patch} (replace, delete), {@code $retainKeys} and {@code
 * $deleteFromPrimitiveList/} are honoured and {@code $setElementOrder/} is ignored. The merge keys
 * are looked up by field name, a simplification of the per-type tags of the real API server.
 */
final class StrategicMergePatch {

  /** The merge key of each list field with the "merge" strategy, by field name. */
  private static final Map<String, String> MERGE_KEYS =
      Map.ofEntries(
          Map.entry("containers", "name"),
          Map.entry("initContainers", "name"),
          Map.entry("ephemeralContainers", "name"),
          Map.entry("volumes", "name"),
          Map.entry("env", "name"),
          Map.entry("imagePullSecrets", "name"),
          Map.entry("volumeMounts", "mountPath"),
          Map.entry("volumeDevices", "devicePath"),
          Map.entry("conditions", "type"),
          Map.entry("addresses", "type"),
          Map.entry("taints", "key"),
          Map.entry("ownerReferences", "uid"),
          Map.entry("hostAliases", "ip"),
          Map.entry("resourceClaims", "name"));

  /** Lists of strings merged as sets. */
  private static final Set<String> PRIMITIVE_MERGE = Set.of("finalizers");

  private static final String PATCH = "$patch";
  private static final String RETAIN_KEYS = "$retainKeys";
  private static final String DELETE_FROM = "$deleteFromPrimitiveList/";

  private StrategicMergePatch() {}

  /** The result of applying {@code patch} to {@code target}; neither argument is changed. */
  static JsonNode apply(JsonNode target, JsonNode patch) {
    JsonNode result = mergeMap(target.deepCopy(), patch);
    return result == null ? JsonNodeFactory.instance.objectNode() : result;
  }

  /** Merges the map {@code patch} into {@code target} (changed); null when it deletes the map. */
  private static @Nullable JsonNode mergeMap(@Nullable JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    String directive = patch.path(PATCH).asString("");
    if (directive.equals("delete")) {
      return null;
    }
    ObjectNode result =
        target != null && target.isObject() && !directive.equals("replace")
            ? (ObjectNode) target
            : JsonNodeFactory.instance.objectNode();
    for (var member : patch.properties()) {
      String name = member.getKey();
      JsonNode value = member.getValue();
      if (name.startsWith(DELETE_FROM)) {
        deleteFromPrimitiveList(result, name.substring(DELETE_FROM.length()), value);
      } else if (name.startsWith("$")) {
        continue; // $patch handled above, $retainKeys below, $setElementOrder ignored
      } else if (value.isNull()) {
        result.remove(name);
      } else if (value.isArray()) {
        result.set(name, mergeList(name, result.get(name), (ArrayNode) value));
      } else {
        JsonNode merged = mergeMap(result.get(name), value);
        if (merged == null) {
          result.remove(name);
        } else {
          result.set(name, merged);
        }
      }
    }
    if (patch.get(RETAIN_KEYS) instanceof ArrayNode keep) {
      var kept = new HashSet<String>();
      keep.forEach(k -> kept.add(k.asString()));
      result.propertyNames().stream()
          .filter(n -> !kept.contains(n))
          .toList()
          .forEach(result::remove);
    }
    return result;
  }

  private static JsonNode mergeList(String field, @Nullable JsonNode target, ArrayNode patch) {
    boolean replace = false;
    for (JsonNode item : patch) {
      replace |= item.isObject() && item.path(PATCH).asString("").equals("replace");
    }
    if (replace || target == null || !target.isArray()) {
      return withoutDirectives(patch);
    }
    ArrayNode result = (ArrayNode) target;
    if (PRIMITIVE_MERGE.contains(field)) {
      patch.forEach(item -> addIfAbsent(result, item));
      return result;
    }
    String key = MERGE_KEYS.get(field);
    if (key == null) {
      return withoutDirectives(patch);
    }
    for (JsonNode item : patch) {
      int index = indexOf(result, key, item.get(key));
      if (item.path(PATCH).asString("").equals("delete")) {
        if (index >= 0) {
          result.remove(index);
        }
      } else if (index >= 0) {
        JsonNode merged = mergeMap(result.get(index), item);
        result.set(index, merged == null ? JsonNodeFactory.instance.nullNode() : merged);
      } else {
        JsonNode merged = mergeMap(null, item);
        if (merged != null) {
          result.add(merged);
        }
      }
    }
    return result;
  }

  private static void deleteFromPrimitiveList(ObjectNode target, String field, JsonNode values) {
    if (target.get(field) instanceof ArrayNode list) {
      for (JsonNode value : values) {
        for (int i = list.size() - 1; i >= 0; i--) {
          if (list.get(i).equals(value)) {
            list.remove(i);
          }
        }
      }
    }
  }

  private static void addIfAbsent(ArrayNode list, JsonNode item) {
    for (JsonNode existing : list) {
      if (existing.equals(item)) {
        return;
      }
    }
    list.add(item.deepCopy());
  }

  private static int indexOf(ArrayNode list, String key, @Nullable JsonNode value) {
    if (value == null) {
      return -1;
    }
    for (int i = 0; i < list.size(); i++) {
      if (value.equals(list.get(i).get(key))) {
        return i;
      }
    }
    return -1;
  }

  private static ArrayNode withoutDirectives(ArrayNode patch) {
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    for (JsonNode item : patch) {
      if (item.isObject() && item.has(PATCH)) {
        continue;
      }
      JsonNode clean = item.isObject() ? mergeMap(null, item) : item.deepCopy();
      if (clean != null) {
        result.add(clean);
      }
    }
    return result;
  }
}
