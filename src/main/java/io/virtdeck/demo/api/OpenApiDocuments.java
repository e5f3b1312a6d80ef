package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.APIResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Minimal OpenAPI v3 documents: a root listing every group version, and per group version a PATCH
 * operation per kind carrying {@code x-kubernetes-group-version-kind} and the {@code
 * fieldValidation} query parameter, which is what kubectl checks before {@code create}, {@code
 * apply} and {@code patch}.
 */
final class OpenApiDocuments {

  static final String PREFIX = "/openapi/v3";

  private final DiscoveryDocuments discovery;
  private final CustomResourceCatalog catalog;

  OpenApiDocuments(DiscoveryDocuments discovery, CustomResourceCatalog catalog) {
    this.discovery = discovery;
    this.catalog = catalog;
  }

  /** The answer to {@code /openapi/v3}. */
  Map<String, Object> root() {
    String hash = "virtdeck" + catalog.current().generation();
    Map<String, Object> paths = new LinkedHashMap<>();
    for (GroupVersionResources gv : discovery.allGroupVersions()) {
      paths.put(gv.path(), Map.of("serverRelativeURL", PREFIX + "/" + gv.path() + "?hash=" + hash));
    }
    return Map.of("paths", paths);
  }

  /** The answer to {@code /openapi/v3/api/v1} or {@code /openapi/v3/apis/<g>/<v>}. */
  Optional<Map<String, Object>> groupVersion(String relativePath) {
    return discovery.allGroupVersions().stream()
        .filter(gv -> gv.path().equals(relativePath))
        .findFirst()
        .map(OpenApiDocuments::document);
  }

  private static Map<String, Object> document(GroupVersionResources gv) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (APIResource resource : gv.resources()) {
      if (resource.getName().contains("/") || !resource.getVerbs().contains("patch")) {
        continue;
      }
      String collection =
          "/"
              + gv.path()
              + (Boolean.TRUE.equals(resource.getNamespaced()) ? "/namespaces/{namespace}/" : "/")
              + resource.getName();
      paths.put(collection + "/{name}", Map.of("patch", patchOperation(gv, resource)));
    }
    return Map.of(
        "openapi",
        "3.0.0",
        "info",
        Map.of("title", "Kubernetes", "version", DiscoveryDocuments.GIT_VERSION),
        "paths",
        paths,
        "components",
        Map.of("schemas", KubeVirtSchemas.of(gv.group(), gv.version())));
  }

  private static Map<String, Object> patchOperation(
      GroupVersionResources gv, APIResource resource) {
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("operationId", "patch" + resource.getKind());
    operation.put(
        "parameters",
        List.of(
            queryParameter("dryRun"),
            queryParameter("fieldManager"),
            queryParameter("fieldValidation")));
    operation.put("responses", Map.of("200", Map.of("description", "OK")));
    operation.put("x-kubernetes-action", "patch");
    operation.put(
        "x-kubernetes-group-version-kind",
        Map.of("group", gv.group(), "version", gv.version(), "kind", resource.getKind()));
    return operation;
  }

  private static Map<String, Object> queryParameter(String name) {
    return Map.of(
        "name", name, "in", "query", "schema", Map.of("type", "string", "uniqueItems", true));
  }
}
