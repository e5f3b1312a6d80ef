package io.virtdeck.demo.api;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a resource URL: {@code /api/v1/namespaces/ns/pods/name/status} or {@code
 * /apis/group/version/plural/name}. Fields that the path lacks are {@code null}.
 */
record ResourcePath(
    String group,
    String version,
    @Nullable String namespace,
    @Nullable String plural,
    @Nullable String name,
    @Nullable String subresource) {

  /** Parses a request path (the query is ignored); {@code null} if it is no resource URL. */
  static @Nullable ResourcePath parse(String requestPath) {
    int query = requestPath.indexOf('?');
    String path = query < 0 ? requestPath : requestPath.substring(0, query);
    String[] parts =
        Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    int start;
    String group;
    if (parts.length >= 2 && parts[0].equals("api")) {
      group = "";
      start = 1;
    } else if (parts.length >= 3 && parts[0].equals("apis")) {
      group = parts[1];
      start = 2;
    } else {
      return null;
    }
    String version = parts[start];
    String[] rest = Arrays.copyOfRange(parts, start + 1, parts.length);
    String namespace = null;
    if (rest.length >= 3 && rest[0].equals("namespaces")) {
      namespace = rest[1];
      rest = Arrays.copyOfRange(rest, 2, rest.length);
    }
    return new ResourcePath(group, version, namespace, at(rest, 0), at(rest, 1), at(rest, 2));
  }

  /** {@code plural.group} as the API server names a resource in messages, or just the plural. */
  String qualifiedResource() {
    String resource = plural == null ? "" : plural;
    return group.isEmpty() ? resource : resource + "." + group;
  }

  private static @Nullable String at(String[] parts, int index) {
    return index < parts.length ? parts[index] : null;
  }
}
