package io.virtdeck.testing;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.virtdeck.demo.api.DemoApiServer;
import io.virtdeck.demo.seed.DemoUsers.DemoUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: fabric8 clients and raw HTTP requests acting as a demo user. */
public final class ImpersonatingClients implements AutoCloseable {

  private final DemoApiServer server;
  private final List<KubernetesClient> clients = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  public ImpersonatingClients(DemoApiServer server) {
    this.server = server;
  }

  /** A fabric8 client impersonating the user with its groups. */
  public synchronized KubernetesClient as(DemoUser user) {
    Config config =
        new ConfigBuilder(Config.empty())
            .withMasterUrl(server.url())
            .withNamespace("default")
            .withHttp2Disable(true)
            .withRequestRetryBackoffLimit(0)
            .withImpersonateUsername(user.username())
            .withImpersonateGroups(user.groups().toArray(String[]::new))
            .build();
    var client = new KubernetesClientBuilder().withConfig(config).build();
    clients.add(client);
    return client;
  }

  /** A raw request as the user (null: no impersonation); the response with its body. */
  public HttpResponse<String> send(DemoUser user, String method, String path, String body)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (user != null) {
      request.header("Impersonate-User", user.username());
      user.groups().forEach(g -> request.header("Impersonate-Group", g));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A PUT on a KubeVirt subresource, as the user. */
  public HttpResponse<String> subresource(
      DemoUser user, String ns, String kind, String name, String action)
      throws IOException, InterruptedException {
    return subresource(user, ns, kind, name, action, "{}");
  }

  public HttpResponse<String> subresource(
      DemoUser user, String ns, String kind, String name, String action, String body)
      throws IOException, InterruptedException {
    return send(
        user,
        "PUT",
        "/apis/subresources.kubevirt.io/v1/namespaces/%s/%s/%s/%s"
            .formatted(ns, kind, name, action),
        body);
  }

  @Override
  public synchronized void close() {
    clients.forEach(KubernetesClient::close);
    http.close();
  }
}
