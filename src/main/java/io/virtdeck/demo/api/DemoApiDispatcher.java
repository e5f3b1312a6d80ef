package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.virtdeck.demo.api.authz.Decision;
import io.virtdeck.demo.api.authz.Identity;
import io.virtdeck.demo.api.authz.RbacAuthorizer;
import io.virtdeck.demo.api.authz.RequestAttributes;
import io.virtdeck.demo.console.ConsoleServer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The front dispatcher of the demo API: authorizes impersonated requests against the stored RBAC
 * objects (403 Status when denied), answers self access and rules reviews, KubeVirt's power
 * subresources, discovery, OpenAPI and health requests itself, hands everything else to the CRUD
 * store and rewrites the store's errors into Status objects. Every request is logged.
 */
final class DemoApiDispatcher extends Dispatcher {

  private static final String RBAC_PREFIX = "/apis/rbac.authorization.k8s.io/";
  private static final java.util.List<String> ROOT_PATHS =
      java.util.List.of(
          "/api", "/api/v1", "/apis", "/healthz", "/livez", "/openapi/v3", "/readyz", "/version");

  private final IndexedCrudStore store;
  private final CustomResourceCatalog catalog;
  private final DiscoveryDocuments discovery;
  private final OpenApiDocuments openApi;
  private final RbacAuthorizer authorizer;
  private final SelfReviews reviews;
  private final KubeVirtSubresources subresources;
  private final ClaimResizes resizes;
  private final RequestLog log = new RequestLog();
  private final WatchReplays replays;
  private final CollectionLists lists;
  private final ConsoleServer consoles;

  DemoApiDispatcher(IndexedCrudStore store, Supplier<String> serverAddress) {
    this.store = store;
    this.catalog = new CustomResourceCatalog(store);
    this.discovery = new DiscoveryDocuments(catalog, serverAddress);
    this.openApi = new OpenApiDocuments(discovery, catalog);
    var access = new StoreAccess(store);
    this.authorizer = new RbacAuthorizer(access::rbac);
    this.reviews = new SelfReviews(authorizer);
    this.subresources = new KubeVirtSubresources(access);
    this.resizes = new ClaimResizes(access);
    this.replays = new WatchReplays(store);
    this.lists = new CollectionLists(store);
    this.consoles = new ConsoleServer(access::get, java.time.Clock.systemUTC());
  }

  /** The requests received so far, oldest first. */
  RequestLog log() {
    return log;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().getBytes();
    String text = new String(body, StandardCharsets.UTF_8);
    MockResponse response;
    try {
      response = handle(request, body, text);
      if ("GET".equals(request.getMethod()) && response.getWebSocketListener() == null) {
        response = TableOutput.convert(path(request), request.getHeader("Accept"), response);
      }
    } catch (RuntimeException e) {
      response = Failures.of(e);
    }
    log.record(request, text, response.code());
    return response;
  }

  private MockResponse handle(RecordedRequest request, byte[] body, String text) {
    String requestPath = request.getPath() == null ? "/" : request.getPath();
    int query = requestPath.indexOf('?');
    String path = query < 0 ? requestPath : requestPath.substring(0, query);
    String method = request.getMethod();
    @Nullable Identity identity = Impersonation.of(request);
    RequestAttributes attributes = RequestAttributes.of(method, requestPath);
    if (identity != null && attributes.resourceRequest()) {
      Decision decision = authorizer.authorize(identity, attributes);
      if (!decision.allowed()) {
        return StatusResponses.forbidden(identity, attributes, decision.reason());
      }
    }
    if (SelfReviews.handles(method, path)) {
      return reviews.answer(path, identity, body, request.getHeader(JsonResponses.CONTENT_TYPE));
    }
    MockResponse console = consoles.answer(method, requestPath);
    if (console != null) {
      return console;
    }
    MockResponse own =
        "GET".equals(method)
            ? firstOf(PodLogs.answer(store, path), path)
            : subresources.answer(method, attributes, text, identity);
    if (own == null) {
      own = resizes.refusal(method, attributes, text);
    }
    if (own != null) {
      return own;
    }
    if (unservedGroupVersion(path)) {
      return StatusResponses.notFound();
    }
    MockResponse listed = "GET".equals(method) ? lists.answer(requestPath) : null;
    if (listed != null) {
      return listed;
    }
    String createBody = "POST".equals(method) ? text : null;
    MockResponse dryRun =
        DryRun.requested(method, requestPath, text)
            ? DryRun.answer(store, method, requestPath, text)
            : null;
    if (dryRun != null) {
      return StatusResponses.rewrite(request, dryRun, createBody);
    }
    MockResponse refused =
        "POST".equals(method) || "PUT".equals(method) ? ObjectChecks.refusal(method, text) : null;
    if (refused != null) {
      return refused;
    }
    MockResponse response =
        WatchReplays.resumes(method, requestPath)
            ? replays.watch(request, requestPath)
            : store.dispatch(request);
    if (response.getWebSocketListener() != null) {
      response.withWebSocketUpgrade(
          WatchReplayFilter.of(response.getWebSocketListener(), requestPath));
    }
    catalog.afterRequest(method, path);
    if (!"GET".equals(method) && path.startsWith(RBAC_PREFIX)) {
      authorizer.invalidate();
    }
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

  int openConsoleSessions() {
    return consoles.openSessions();
  }

  @Override
  public void shutdown() {
    consoles.close();
    store.shutdown();
  }

  private static String path(RecordedRequest request) {
    return request.getPath() == null ? "/" : request.getPath();
  }

  private @Nullable MockResponse firstOf(@Nullable MockResponse podLog, String path) {
    return podLog != null ? podLog : answerOwn(path);
  }

  private @Nullable MockResponse answerOwn(String path) {
    String trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String[] parts = trimmed.substring(1).split("/");
    return switch (parts[0]) {
      case "" -> JsonResponses.json(200, Map.of("paths", ROOT_PATHS));
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
  /**
   * Whether a path names a group version, or a resource in one, that discovery does not list: as a
   * real API server, answer 404 for a kind whose CRD is gone even while its group serves others
   * (the DataSources stay when the DataVolume CRD is deleted), so that clients see it is missing.
   */
  private boolean unservedGroupVersion(String path) {
    if (!path.startsWith("/apis/")) {
      return false;
    }
    String[] parts = path.substring(1).split("/");
    if (parts.length < 4) {
      return false;
    }
    var served = discovery.groupVersion(parts[1], parts[2]);
    if (served.isEmpty()) {
      return true;
    }
    int first = parts[3].equals("watch") ? 4 : 3; // the legacy /watch/ prefix
    if (parts.length <= first) {
      return false;
    }
    boolean namespaced = parts[first].equals("namespaces") && parts.length >= first + 3;
    String plural = namespaced ? parts[first + 2] : parts[first];
    return (namespaced || !parts[first].equals("namespaces"))
        && served.get().resources().stream()
            .noneMatch(r -> r.getName().equals(plural) || r.getName().startsWith(plural + "/"));
  }

  private static MockResponse orNotFound(Optional<?> document) {
    return document
        .<MockResponse>map(d -> JsonResponses.json(200, d))
        .orElseGet(StatusResponses::notFound);
  }
}
