package io.virtdeck.cluster;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * The pieces of an RFC 6902 JSON patch, as features build them for the objects they change: one
 * operation at a time, then the list as JSON. Features test what they touch ({@code test} ops) so a
 * changed object is refused with a 409 rather than changed blindly.
 */
public final class JsonPatch {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonPatch() {}

  /** One operation; {@code value} is left out when null (as {@code remove} needs). */
  public static Map<String, Object> op(String op, String path, @Nullable Object value) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("op", op);
    result.put("path", path);
    if (value != null) {
      result.put("value", value);
    }
    return result;
  }

  /** The operations (or any other body) as JSON. */
  public static String json(Object body) {
    return JSON.writeValueAsString(body);
  }
}
