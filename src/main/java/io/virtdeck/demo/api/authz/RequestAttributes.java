package io.virtdeck.demo.api.authz;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a request asks to do, as the Kubernetes API server's request-info parser derives it from the
 * method, path and query: verb, API group and version, namespace, resource, subresource and name.
 * Non-resource requests ({@code /version}, {@code /apis}, ...) carry the path and the lower-cased
 * method as verb. Absent parts are empty strings, as in the API server.
 */
public record RequestAttributes(
    boolean resourceRequest,
    String verb,
    String path,
    String group,
    String version,
    String namespace,
    String resource,
    String subresource,
    String name) {

  private static final String KUBEVIRT_SUBRESOURCES = "subresources.kubevirt.io";
  private static final Set<String> SPECIAL_VERBS = Set.of("proxy", "watch");
  private static final Set<String> NAMESPACE_SUBRESOURCES = Set.of("status", "finalize");

  /** Resource attributes, such as an access review's {@code spec.resourceAttributes}. */
  public static RequestAttributes resource(
      String verb,
      String group,
      String namespace,
      String resource,
      String subresource,
      String name) {
    return new RequestAttributes(true, verb, "", group, "", namespace, resource, subresource, name);
  }

  /** Non-resource attributes: a path and a verb. */
  public static RequestAttributes nonResource(String verb, String path) {
    return new RequestAttributes(false, verb, path, "", "", "", "", "", "");
  }

  /** Parses an HTTP request: its method and its path with the query string. */
  public static RequestAttributes of(String method, String pathWithQuery) {
    int queryStart = pathWithQuery.indexOf('?');
    String path = queryStart < 0 ? pathWithQuery : pathWithQuery.substring(0, queryStart);
    String query = queryStart < 0 ? "" : pathWithQuery.substring(queryStart + 1);
    String[] parts =
        Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    var nonResource = nonResource(method.toLowerCase(Locale.ROOT), path);
    int at;
    String group;
    if (parts.length >= 3 && parts[0].equals("api")) {
      group = "";
      at = 1;
    } else if (parts.length >= 4 && parts[0].equals("apis")) {
      group = parts[1];
      at = 2;
    } else {
      return nonResource;
    }
    String version = parts[at++];
    String verb;
    if (SPECIAL_VERBS.contains(parts[at])) {
      if (parts.length - at < 2) {
        return nonResource;
      }
      verb = parts[at++];
    } else {
      verb = methodVerb(method);
    }
    String[] rest = Arrays.copyOfRange(parts, at, parts.length);
    String namespace = "";
    if (rest[0].equals("namespaces") && rest.length > 1) {
      namespace = rest[1];
      if (rest.length > 2 && !NAMESPACE_SUBRESOURCES.contains(rest[2])) {
        rest = Arrays.copyOfRange(rest, 2, rest.length);
      }
    }
    String resource = rest[0];
    String name = rest.length >= 2 ? rest[1] : "";
    String subresource = rest.length >= 3 && !verb.equals("proxy") ? rest[2] : "";
    if (group.equals(KUBEVIRT_SUBRESOURCES) && rest.length >= 4) {
      // virt-api authorizes nested subresources whole: vnc/screenshot
      subresource = String.join("/", Arrays.copyOfRange(rest, 2, rest.length));
    }
    if (name.isEmpty() && verb.equals("get")) {
      verb = truthy(param(query, "watch")) ? "watch" : "list";
      name = nameFromFieldSelector(param(query, "fieldSelector"));
    }
    if (name.isEmpty() && verb.equals("delete")) {
      verb = "deletecollection";
    }
    return new RequestAttributes(
        true, verb, path, group, version, namespace, resource, subresource, name);
  }

  /** {@code resource} or {@code resource/subresource}, as RBAC rules name it. */
  public String combinedResource() {
    return subresource.isEmpty() ? resource : resource + "/" + subresource;
  }

  private static String methodVerb(String method) {
    return switch (method.toUpperCase(Locale.ROOT)) {
      case "POST" -> "create";
      case "GET", "HEAD" -> "get";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> "delete";
      default -> "";
    };
  }

  private static boolean truthy(String value) {
    return switch (value) {
      case "1", "t", "T", "true", "TRUE", "True" -> true;
      default -> false;
    };
  }

  private static String param(String query, String key) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      if (URLDecoder.decode(k, StandardCharsets.UTF_8).equals(key)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static String nameFromFieldSelector(String selector) {
    for (String term : selector.split(",")) {
      String t = term.strip();
      for (String prefix : new String[] {"metadata.name==", "metadata.name="}) {
        if (t.startsWith(prefix) && !t.substring(prefix.length()).contains("/")) {
          return t.substring(prefix.length());
        }
      }
    }
    return "";
  }
}
