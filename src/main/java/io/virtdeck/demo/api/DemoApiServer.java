package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Kubernetes API of VirtDeck's demo cluster, served over plain HTTP on 127.0.0.1.
 *
 * <p>Objects live in fabric8's CRUD mock store; this server adds what a real API server offers on
 * top (discovery, OpenAPI v3, Status errors), so that fabric8 clients and kubectl work against it
 * as against a real cluster. On start it installs every CRD of {@link DemoCrds#ALL} through the API
 * (so custom kinds get the status subresource) and the namespaces default and kube-system.
 *
 * <p>Requests that impersonate a user ({@code Impersonate-User}, {@code Impersonate-Group}) are
 * authorized with Kubernetes RBAC against the stored roles and bindings and refused with a 403
 * Status as a real API server does; requests without impersonation act as VirtDeck's own
 * unrestricted account. KubeVirt's power subresources ({@code start}, {@code stop}, {@code
 * restart}, {@code pause}, {@code unpause}) and self access reviews are answered too.
 */
public final class DemoApiServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DemoApiServer.class);
  private static final String HOST = "127.0.0.1";

  /**
   * One request as the server received it.
   *
   * @param method the HTTP method
   * @param path the path with the query string
   * @param impersonatedUser the {@code Impersonate-User} header, null when absent
   * @param impersonatedGroups the {@code Impersonate-Group} headers, in order
   * @param bearerTokenPresent whether an {@code Authorization: Bearer} header was sent
   * @param bearerToken that token, or null
   * @param body the request body as UTF-8 text (empty when none)
   * @param responseCode the HTTP status code of the answer (101 for a WebSocket watch)
   */
  public record ReceivedRequest(
      String method,
      String path,
      @Nullable String impersonatedUser,
      List<String> impersonatedGroups,
      boolean bearerTokenPresent,
      @Nullable String bearerToken,
      String body,
      int responseCode) {

    /** Copies the groups. */
    public ReceivedRequest {
      impersonatedGroups = List.copyOf(impersonatedGroups);
    }
  }

  private final ApiHttpServer server;
  private final DemoApiDispatcher dispatcher;
  private final String url;
  private final KubernetesClient adminClient;
  private final BulkWriter bulk;

  private DemoApiServer(
      ApiHttpServer server,
      DemoApiDispatcher dispatcher,
      String url,
      KubernetesClient adminClient,
      BulkWriter bulk) {
    this.bulk = bulk;
    this.server = server;
    this.dispatcher = dispatcher;
    this.url = url;
    this.adminClient = adminClient;
  }

  /**
   * Starts the server on {@code port} (0 picks a free port) and installs the demo CRDs and
   * namespaces.
   */
  public static DemoApiServer start(int port) {
    int[] boundPort = {0};
    var store = new IndexedCrudStore();
    DemoApiDispatcher dispatcher = new DemoApiDispatcher(store, () -> HOST + ":" + boundPort[0]);
    ApiHttpServer server = ApiHttpServer.start(HOST, port, dispatcher);
    KubernetesClient client = null;
    try {
      boundPort[0] = server.port();
      String url = "http://" + HOST + ":" + boundPort[0];
      client = new KubernetesClientBuilder().withConfig(clientConfig(url)).build();
      install(client);
      LOG.info("Demo Kubernetes API listening on {}", url);
      return new DemoApiServer(server, dispatcher, url, client, new BulkWriter(store));
    } catch (Exception | Error e) {
      if (client != null) {
        client.close();
      }
      server.close();
      throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
  }

  /** The base URL, for example {@code http://127.0.0.1:41234}. */
  public String url() {
    return url;
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  /** Writes straight into the store, for seeding and churning a large inventory. */
  public BulkWriter bulk() {
    return bulk;
  }

  /** A client with full access to the cluster, closed by {@link #close()}. */
  public KubernetesClient adminClient() {
    return adminClient;
  }

  /**
   * The last 2000 requests received (by any client, the admin client and the simulator included),
   * oldest first.
   */
  public List<ReceivedRequest> receivedRequests() {
    return dispatcher.log().snapshot();
  }

  /** How many console sessions ({@code vnc} and {@code console}) are open on the demo VMs now. */
  public int openConsoleSessions() {
    return dispatcher.openConsoleSessions();
  }

  /** Forgets the requests received so far. */
  public void clearReceivedRequests() {
    dispatcher.log().clear();
  }

  /** Writes a kubeconfig pointing at {@link #url()} to {@code file} and returns the path. */
  public Path writeKubeconfig(Path file) {
    return KubeconfigWriter.write(file, url);
  }

  /** Stops the admin client and the server. */
  @Override
  public void close() {
    try {
      adminClient.close();
    } finally {
      try {
        server.close();
      } catch (IllegalStateException slowShutdown) {
        // the mock server waits a few seconds for open watches; it is going away regardless
        LOG.warn("Demo API server did not stop in time: {}", slowShutdown.getMessage());
      }
    }
  }

  private static Config clientConfig(String url) {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl(url)
        .withNamespace("default")
        .withHttp2Disable(true)
        .build();
  }

  private static void install(KubernetesClient client) {
    for (DemoCrds.Crd crd : DemoCrds.ALL) {
      client
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .resource(DemoCrds.toDefinition(crd))
          .create();
    }
    for (String namespace : List.of("default", "kube-system")) {
      client
          .namespaces()
          .resource(
              new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
          .create();
    }
  }
}
