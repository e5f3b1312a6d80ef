package io.virtdeck.demo.prometheus;

import io.virtdeck.demo.prometheus.LabelMatcher.Op;
import io.virtdeck.demo.prometheus.PromExpr.Aggregate;
import io.virtdeck.demo.prometheus.PromExpr.Rate;
import io.virtdeck.demo.prometheus.PromExpr.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the PromQL shapes VirtDeck sends: {@code metric{l="v", l=~"re"}}, {@code
 * {__name__=~"re"}}, {@code rate(selector[5m])}, and the aggregations {@code sum}, {@code avg},
 * {@code min}, {@code max}, {@code count}, {@code topk}, {@code bottomk} with {@code by (labels)}
 * before or after their argument. Anything else is refused with {@link BadQuery}, as Prometheus
 * refuses a query it cannot parse.
 */
final class PromParser {

  /** A query this parser cannot read, with the reason; answered as Prometheus's bad_data. */
  static final class BadQuery extends IllegalArgumentException {
    BadQuery(String message) {
      super(message);
    }
  }

  private static final Set<String> AGGREGATIONS =
      Set.of("sum", "avg", "min", "max", "count", "topk", "bottomk");

  private final String text;
  private int at;

  private PromParser(String text) {
    this.text = text;
  }

  static PromExpr parse(String query) {
    PromParser parser = new PromParser(query);
    PromExpr expr = parser.expression();
    parser.skipSpace();
    if (parser.at < query.length()) {
      throw parser.error("unexpected " + query.charAt(parser.at));
    }
    return expr;
  }

  /** A Prometheus duration such as {@code 5m} or {@code 1h30m}. */
  static Duration parseDuration(String text) {
    PromParser parser = new PromParser(text);
    Duration duration = parser.duration();
    if (parser.at < text.length()) {
      throw parser.error("unexpected " + text.charAt(parser.at));
    }
    return duration;
  }

  private PromExpr expression() {
    skipSpace();
    if (peek() == '{') {
      return selector("");
    }
    String word = identifier();
    if (AGGREGATIONS.contains(word)) {
      return aggregation(word);
    }
    if (word.equals("rate")) {
      expect('(');
      skipSpace();
      Selector selector = peek() == '{' ? selector("") : selector(identifier());
      expect('[');
      Duration window = duration();
      expect(']');
      expect(')');
      return new Rate(selector, window);
    }
    return selector(word);
  }

  private Aggregate aggregation(String op) {
    List<String> by = grouping();
    expect('(');
    int parameter = 0;
    if (op.equals("topk") || op.equals("bottomk")) {
      parameter = integer();
      expect(',');
    }
    PromExpr inner = expression();
    expect(')');
    if (by.isEmpty()) {
      by = grouping();
    }
    return new Aggregate(op, by, parameter, inner);
  }

  private List<String> grouping() {
    skipSpace();
    if (!text.startsWith("by", at)) {
      return List.of();
    }
    at += 2;
    expect('(');
    List<String> labels = new ArrayList<>();
    skipSpace();
    while (peek() != ')') {
      labels.add(identifier());
      skipSpace();
      if (peek() == ',') {
        at++;
        skipSpace();
      }
    }
    expect(')');
    if (labels.isEmpty()) {
      throw error("by () names no label");
    }
    return labels;
  }

  private Selector selector(String metric) {
    List<LabelMatcher> matchers = new ArrayList<>();
    if (!metric.isEmpty()) {
      matchers.add(LabelMatcher.of("__name__", Op.EQUAL, metric));
    }
    skipSpace();
    if (peek() == '{') {
      at++;
      skipSpace();
      while (peek() != '}') {
        matchers.add(matcher());
        skipSpace();
        if (peek() == ',') {
          at++;
          skipSpace();
        } else if (peek() != '}') {
          throw error("expected , or }");
        }
      }
      at++;
    }
    if (matchers.isEmpty()) {
      throw error("a selector needs a metric name or a matcher");
    }
    return new Selector(matchers);
  }

  private LabelMatcher matcher() {
    String label = identifier();
    skipSpace();
    Op op;
    if (text.startsWith("=~", at)) {
      op = Op.REGEX;
    } else if (text.startsWith("!~", at)) {
      op = Op.NOT_REGEX;
    } else if (text.startsWith("!=", at)) {
      op = Op.NOT_EQUAL;
    } else if (peek() == '=') {
      op = Op.EQUAL;
    } else {
      throw error("expected a matcher operator after " + label);
    }
    at += op == Op.EQUAL ? 1 : 2;
    skipSpace();
    String value = string();
    try {
      return LabelMatcher.of(label, op, value);
    } catch (PatternSyntaxException e) {
      throw error("bad regular expression for " + label + ": " + e.getDescription());
    }
  }

  /** A double- or single-quoted string with Go's escapes (\", \', \\, \n, \t). */
  private String string() {
    char quote = peek();
    if (quote != '"' && quote != '\'') {
      throw error("expected a quoted string");
    }
    StringBuilder value = new StringBuilder();
    at++;
    while (at < text.length() && text.charAt(at) != quote) {
      char c = text.charAt(at++);
      if (c == '\\') {
        if (at >= text.length()) {
          break;
        }
        char escaped = text.charAt(at++);
        value.append(
            switch (escaped) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> escaped;
            });
      } else {
        value.append(c);
      }
    }
    if (at >= text.length()) {
      throw error("unterminated string");
    }
    at++;
    return value.toString();
  }

  private Duration duration() {
    skipSpace();
    int start = at;
    Duration total = Duration.ZERO;
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      int digits = at;
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      long amount = Long.parseLong(text.substring(digits, at));
      total = total.plus(unit(amount));
    }
    if (at == start || total.isZero()) {
      throw error("expected a duration such as 5m");
    }
    return total;
  }

  private Duration unit(long amount) {
    if (text.startsWith("ms", at)) {
      at += 2;
      return Duration.ofMillis(amount);
    }
    char unit = at < text.length() ? text.charAt(at) : ' ';
    at++;
    return switch (unit) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      case 'd' -> Duration.ofDays(amount);
      case 'w' -> Duration.ofDays(7 * amount);
      case 'y' -> Duration.ofDays(365 * amount);
      default -> throw error("unknown duration unit " + unit);
    };
  }

  private int integer() {
    skipSpace();
    int start = at;
    while (at < text.length() && Character.isDigit(text.charAt(at))) {
      at++;
    }
    if (at == start || at - start > 6) {
      throw error("expected a number");
    }
    return Integer.parseInt(text.substring(start, at));
  }

  private String identifier() {
    skipSpace();
    int start = at;
    while (at < text.length() && identifierPart(text.charAt(at), at == start)) {
      at++;
    }
    if (at == start) {
      throw error("expected a name");
    }
    return text.substring(start, at);
  }

  private static boolean identifierPart(char c, boolean first) {
    return c == '_' || c == ':' || Character.isLetter(c) || (!first && Character.isDigit(c));
  }

  private void expect(char c) {
    skipSpace();
    if (peek() != c) {
      throw error("expected " + c);
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private BadQuery error(String what) {
    return new BadQuery("parse error at char " + (at + 1) + ": " + what);
  }
}
