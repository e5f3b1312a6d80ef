package io.virtdeck.demo.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A VirtualMachineClone's label and annotation filters, as KubeVirt applies them: no filters keep
 * every key; otherwise a key is kept when the last filter that matches it is not negated ({@code
 * "*"} keeps all, {@code "!example.com/*"} drops those keys, a {@code *} matches any characters).
 */
final class KeyFilters {

  private KeyFilters() {}

  static Map<String, String> apply(
      @Nullable Map<String, String> values, @Nullable List<String> filters) {
    Map<String, String> kept = new LinkedHashMap<>();
    if (values == null) {
      return kept;
    }
    values.forEach(
        (key, value) -> {
          if (keeps(key, filters)) {
            kept.put(key, value);
          }
        });
    return kept;
  }

  static boolean keeps(String key, @Nullable List<String> filters) {
    if (filters == null || filters.isEmpty()) {
      return true;
    }
    boolean keep = false;
    for (String filter : filters) {
      boolean negated = filter.startsWith("!");
      String glob = negated ? filter.substring(1) : filter;
      if (glob(glob).matcher(key).matches()) {
        keep = !negated;
      }
    }
    return keep;
  }

  private static Pattern glob(String glob) {
    List<String> parts = List.of(glob.split("\\*", -1));
    return Pattern.compile(String.join(".*", parts.stream().map(Pattern::quote).toList()));
  }
}
