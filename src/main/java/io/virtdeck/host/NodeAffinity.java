package io.virtdeck.host;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a node's labels satisfy a pod's required node affinity ({@code
 * requiredDuringSchedulingIgnoredDuringExecution}): one of the terms must match, a term when all
 * its expressions do (In, NotIn, Exists, DoesNotExist). Read from the unmodelled {@code affinity}.
 */
final class NodeAffinity {

  private NodeAffinity() {}

  static boolean matches(@Nullable Object affinity, Map<String, String> labels) {
    if (!(affinity instanceof Map<?, ?> a)
        || !(a.get("nodeAffinity") instanceof Map<?, ?> node)
        || !(node.get("requiredDuringSchedulingIgnoredDuringExecution") instanceof Map<?, ?> req)
        || !(req.get("nodeSelectorTerms") instanceof List<?> terms)
        || terms.isEmpty()) {
      return true;
    }
    return terms.stream().anyMatch(term -> termMatches(term, labels));
  }

  private static boolean termMatches(Object term, Map<String, String> labels) {
    if (!(term instanceof Map<?, ?> t) || !(t.get("matchExpressions") instanceof List<?> exprs)) {
      return true;
    }
    return exprs.stream().allMatch(e -> expressionMatches(e, labels));
  }

  private static boolean expressionMatches(Object expression, Map<String, String> labels) {
    if (!(expression instanceof Map<?, ?> e) || !(e.get("key") instanceof String key)) {
      return true;
    }
    List<?> values = e.get("values") instanceof List<?> v ? v : List.of();
    String label = labels.get(key);
    return switch (String.valueOf(e.get("operator"))) {
      case "In" -> label != null && values.contains(label);
      case "NotIn" -> label == null || !values.contains(label);
      case "Exists" -> label != null;
      case "DoesNotExist" -> label == null;
      default -> true;
    };
  }
}
