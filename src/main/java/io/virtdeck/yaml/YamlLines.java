package io.virtdeck.yaml;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Which line of a YAML text a field is on: the API server names fields as {@code
 * spec.template.spec.volumes[0].name} or {@code metadata.labels[app]}; the line is that of the
 * field, or of the nearest enclosing field the text has (a field the text lacks is reported on its
 * parent). Line numbers count from 1; 0 when the text cannot be read.
 */
public final class YamlLines {

  private YamlLines() {}

  /** The line of {@code field} (the API server's notation) in {@code yaml}. */
  public static int lineOf(String yaml, String field) {
    List<Object> target = segments(field);
    int line = 0;
    int depth = 0;
    try (JsonParser parser = Serialization.yamlMapper().createParser(yaml)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamContext context = parser.streamReadContext();
        boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        List<Object> path = path(opens ? context.getParent() : context);
        if (path.size() > depth && isPrefix(path, target)) {
          depth = path.size();
          line = parser.currentTokenLocation().getLineNr();
        }
      }
    } catch (JacksonException unreadable) {
      return line;
    }
    return line;
  }

  /** The line a YAML parse error is on, 0 when it does not say. */
  public static int lineOf(JacksonException error) {
    return error.getLocation() == null ? 0 : Math.max(0, error.getLocation().getLineNr());
  }

  /** {@code a.b[0].c[key.with.dots]} as the segments a, b, 0, c, key.with.dots. */
  static List<Object> segments(String field) {
    List<Object> segments = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (int k = 0; k < field.length(); k++) {
      char c = field.charAt(k);
      if (c == '.' || c == '[') {
        if (!name.isEmpty()) {
          segments.add(name.toString());
          name.setLength(0);
        }
        if (c == '[') {
          int end = field.indexOf(']', k);
          String inside = field.substring(k + 1, end < 0 ? field.length() : end);
          segments.add(inside.matches("\\d+") ? (Object) Integer.valueOf(inside) : inside);
          k = end < 0 ? field.length() : end;
        }
      } else {
        name.append(c);
      }
    }
    if (!name.isEmpty()) {
      segments.add(name.toString());
    }
    return segments;
  }

  private static List<Object> path(TokenStreamContext context) {
    Deque<Object> path = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        path.addFirst(Math.max(0, c.getCurrentIndex()));
      } else {
        path.addFirst(Objects.requireNonNullElse(c.currentName(), ""));
      }
    }
    return new ArrayList<>(path);
  }

  private static boolean isPrefix(List<Object> path, List<Object> target) {
    return path.size() <= target.size() && target.subList(0, path.size()).equals(path);
  }
}
