package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The front dispatcher of the demo API: answers discovery, OpenAPI and health requests itself,
 * hands everything else to the CRUD store and rewrites the store's errors into Status objects.
 */
final class DemoApiDispatcher extends Dispatcher {

  private final KubernetesCrudDispatcher store;
  private final CustomResourceCatalog catalog;
  private final DiscoveryDocuments discovery;
  private final OpenApiDocuments openApi;

  DemoApiDispatcher(KubernetesCrudDispatcher store, Supplier<String> serverAddress) {
    this.store = store;
    this.catalog = new CustomResourceCatalog(store);
    this.discovery = new DiscoveryDocuments(catalog, serverAddress);
    this.openApi = new OpenApiDocuments(discovery, catalog);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String requestPath = request.getPath() == null ? "/" : request.getPath();
    int query = requestPath.indexOf('?');
    String path = query < 0 ? requestPath : requestPath.substring(0, query);
    String method = request.getMethod();
    if ("GET".equals(method)) {
      MockResponse own = answerOwn(path);
      if (own != null) {
        return own;
      }
    }
    if (unservedGroupVersion(path)) {
      return StatusResponses.notFound();
    }
    String createBody = "POST".equals(method) ? JsonResponses.text(request.getBody()) : null;
    MockResponse response = store.dispatch(request);
    catalog.afterRequest(method, path);
    if (response.code() < 400) {
      if (response.header(JsonResponses.CONTENT_TYPE) == null
          && response.getBody() != null
          && response.getBody().size() > 0) {
        response.setHeader(JsonResponses.CONTENT_TYPE, JsonResponses.APPLICATION_JSON);
      }
      return response;
    }
    return StatusResponses.rewrite(request, response, createBody);
  }

  @Override
  public void shutdown() {
    store.shutdown();
  }

  private @Nullable MockResponse answerOwn(String path) {
    String trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String[] parts = trimmed.substring(1).split("/");
    return switch (parts[0]) {
      case "" -> JsonResponses.json(200, Map.of("paths", rootPaths()));
      case "version" -> JsonResponses.json(200, DiscoveryDocuments.version());
      case "healthz", "livez", "readyz" ->
          new MockResponse()
              .setResponseCode(200)
              .setHeader("Content-Type", "text/plain")
              .setBody("ok");
      case "api" -> core(parts);
      case "apis" -> groups(parts);
      case "openapi" -> openApi(trimmed, parts);
      default -> null;
    };
  }

  private @Nullable MockResponse core(String[] parts) {
    if (parts.length == 1) {
      return JsonResponses.json(200, discovery.coreVersions());
    }
    if (parts.length == 2) {
      return orNotFound(discovery.resourceList("", parts[1]));
    }
    return null;
  }

  private @Nullable MockResponse groups(String[] parts) {
    return switch (parts.length) {
      case 1 -> JsonResponses.json(200, discovery.groupList());
      case 2 -> orNotFound(discovery.group(parts[1]));
      case 3 -> orNotFound(discovery.resourceList(parts[1], parts[2]));
      default -> null;
    };
  }

  private MockResponse openApi(String path, String[] parts) {
    if (parts.length < 2 || !parts[1].equals("v3")) {
      return StatusResponses.notFound();
    }
    if (parts.length == 2) {
      return JsonResponses.json(200, openApi.root());
    }
    return orNotFound(openApi.groupVersion(path.substring(OpenApiDocuments.PREFIX.length() + 1)));
  }

  /** Like a real API server: resources of a group version nobody serves (no CRD) are 404. */
  private boolean unservedGroupVersion(String path) {
    if (!path.startsWith("/apis/")) {
      return false;
    }
    String[] parts = path.substring(1).split("/");
    return parts.length >= 4 && discovery.groupVersion(parts[1], parts[2]).isEmpty();
  }

  private static MockResponse orNotFound(Optional<?> document) {
    return document
        .<MockResponse>map(d -> JsonResponses.json(200, d))
        .orElseGet(StatusResponses::notFound);
  }

  private static java.util.List<String> rootPaths() {
    return java.util.List.of(
        "/api", "/api/v1", "/apis", "/healthz", "/livez", "/openapi/v3", "/readyz", "/version");
  }
}
