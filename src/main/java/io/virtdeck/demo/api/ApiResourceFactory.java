package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import java.util.List;

/** Builds the {@link APIResource} entries of discovery documents with the usual verb sets. */
final class ApiResourceFactory {

  static final List<String> ALL_VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");
  static final List<String> READ_VERBS = List.of("get", "list", "watch");
  static final List<String> SUBRESOURCE_VERBS = List.of("get", "patch", "update");
  static final List<String> CREATE_ONLY = List.of("create");
  static final List<String> GET_ONLY = List.of("get");
  static final List<String> UPDATE_ONLY = List.of("update");

  private ApiResourceFactory() {}

  /** A top-level resource with all verbs. */
  static APIResource resource(String name, String kind, boolean namespaced, String... shortNames) {
    return resource(name, kind, namespaced, ALL_VERBS, shortNames);
  }

  /** A top-level resource with the given verbs. */
  static APIResource resource(
      String name, String kind, boolean namespaced, List<String> verbs, String... shortNames) {
    return new APIResourceBuilder()
        .withName(name)
        .withSingularName(singular(kind))
        .withKind(kind)
        .withNamespaced(namespaced)
        .withVerbs(verbs)
        .withShortNames(List.of(shortNames))
        .build();
  }

  /** A subresource such as {@code pods/log} or {@code virtualmachines/status}. */
  static APIResource subresource(
      String parent, String sub, String kind, boolean namespaced, List<String> verbs) {
    return new APIResourceBuilder()
        .withName(parent + "/" + sub)
        .withSingularName("")
        .withKind(kind)
        .withNamespaced(namespaced)
        .withVerbs(verbs)
        .build();
  }

  /** A resource plus its status subresource. */
  static List<APIResource> withStatus(
      String name, String kind, boolean namespaced, String... shortNames) {
    return List.of(
        resource(name, kind, namespaced, shortNames),
        subresource(name, "status", kind, namespaced, SUBRESOURCE_VERBS));
  }

  private static String singular(String kind) {
    return kind.toLowerCase(java.util.Locale.ROOT);
  }
}
