package io.virtdeck.demo.prometheus;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One label matcher of a selector: {@code =}, {@code !=}, {@code =~} or {@code !~}. Regular
 * expressions are anchored at both ends, as in Prometheus; a missing label matches as "".
 */
record LabelMatcher(String label, Op op, String value, @Nullable Pattern pattern) {

  enum Op {
    EQUAL,
    NOT_EQUAL,
    REGEX,
    NOT_REGEX
  }

  static LabelMatcher of(String label, Op op, String value) {
    Pattern pattern =
        op == Op.REGEX || op == Op.NOT_REGEX ? Pattern.compile("^(?:" + value + ")$") : null;
    return new LabelMatcher(label, op, value, pattern);
  }

  boolean matches(@Nullable String labelValue) {
    String actual = labelValue == null ? "" : labelValue;
    return switch (op) {
      case EQUAL -> actual.equals(value);
      case NOT_EQUAL -> !actual.equals(value);
      case REGEX -> regex().matcher(actual).matches();
      case NOT_REGEX -> !regex().matcher(actual).matches();
    };
  }

  private Pattern regex() {
    if (pattern == null) {
      throw new IllegalStateException("no pattern for " + op);
    }
    return pattern;
  }
}
