package io.virtdeck.demo.console;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads nested fields of a Kubernetes object held as maps and lists. */
final class Fields {

  private Fields() {}

  /** The value at {@code path} below {@code object}, or null when any step is missing. */
  static @Nullable Object at(@Nullable Object object, String... path) {
    Object current = object;
    for (String step : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(step);
    }
    return current;
  }

  static String text(@Nullable Object object, String fallback, String... path) {
    return at(object, path) instanceof String s && !s.isBlank() ? s : fallback;
  }

  static List<?> list(@Nullable Object object, String... path) {
    return at(object, path) instanceof List<?> list ? list : List.of();
  }
}
