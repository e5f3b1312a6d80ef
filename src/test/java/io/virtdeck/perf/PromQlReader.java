package io.virtdeck.perf;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the label matchers of a PromQL selector the way Prometheus's lexer does (Go string
 * escapes), independently of how VirtDeck builds them: the tests' view of what Prometheus sees.
 */
final class PromQlReader {

  record Matcher(String label, String op, String value) {}

  private final String text;
  private int at;

  private PromQlReader(String text) {
    this.text = text;
  }

  /** The matchers between the first { and its closing }, and whatever follows that }. */
  static Read read(String query) {
    PromQlReader reader = new PromQlReader(query);
    reader.at = query.indexOf('{') + 1;
    List<Matcher> matchers = new ArrayList<>();
    while (reader.peek() != '}') {
      matchers.add(reader.matcher());
      if (reader.peek() == ',') {
        reader.at++;
      }
    }
    return new Read(matchers, query.substring(reader.at + 1));
  }

  record Read(List<Matcher> matchers, String rest) {}

  private Matcher matcher() {
    int start = at;
    while (Character.isLetterOrDigit(peek()) || peek() == '_') {
      at++;
    }
    String label = text.substring(start, at);
    int opStart = at;
    while ("=!~".indexOf(peek()) >= 0) {
      at++;
    }
    String op = text.substring(opStart, at);
    if (peek() != '"') {
      throw new IllegalStateException("expected a string at " + at + " in " + text);
    }
    at++;
    StringBuilder value = new StringBuilder();
    while (peek() != '"') {
      char c = text.charAt(at++);
      if (c == '\\') {
        char e = text.charAt(at++);
        value.append(
            switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case 'r' -> '\r';
              default -> e;
            });
      } else {
        value.append(c);
      }
    }
    at++;
    return new Matcher(label, op, value.toString());
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalStateException("ran off the end of " + text);
    }
    return text.charAt(at);
  }
}
