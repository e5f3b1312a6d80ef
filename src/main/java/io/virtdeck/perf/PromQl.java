package io.virtdeck.perf;

import io.virtdeck.cluster.NamespaceScope;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the parts of PromQL VirtDeck sends. Every label value is written as a PromQL string
 * literal with its backslashes, quotes and line breaks escaped, and regular-expression values have
 * every RE2 metacharacter quoted first: a name with quotes, braces or regex syntax stays one value
 * and can neither end the matcher nor widen it.
 */
public final class PromQl {

  private static final String REGEX_META = "\\.+*?()|[]{}^$";

  private PromQl() {}

  /** {@code label="value"}, the value escaped. */
  public static String equal(String label, String value) {
    return label + "=" + literal(value);
  }

  /** {@code label=~"v1|v2"}: any of the values exactly, each value quoted and escaped. */
  public static String anyOf(String label, List<String> values) {
    return label
        + "=~"
        + literal(values.stream().map(PromQl::quoteRegex).collect(Collectors.joining("|")));
  }

  /**
   * The matcher restricting a query to the namespaces in {@code scope}: empty when the user may see
   * all of them, none (empty Optional) when they may see none, so that nothing is asked.
   */
  public static Optional<String> namespaces(NamespaceScope scope) {
    if (scope.all()) {
      return Optional.of("");
    }
    if (scope.namespaces().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(anyOf("namespace", scope.namespaces().stream().sorted().toList()));
  }

  /** {@code metric{m1,m2}}, leaving out empty matchers. */
  public static String selector(String metric, String... matchers) {
    String joined =
        java.util.Arrays.stream(matchers)
            .filter(m -> !m.isEmpty())
            .collect(Collectors.joining(","));
    return metric + "{" + joined + "}";
  }

  /** A PromQL double-quoted string literal of {@code value}. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** {@code value} with every RE2 metacharacter quoted, as Go's regexp.QuoteMeta does. */
  static String quoteRegex(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (REGEX_META.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
