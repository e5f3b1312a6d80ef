package io.virtdeck.console;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.virtdeck.cluster.IdentityMode;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Gets a VMI's {@code vnc/screenshot} subresource (a PNG) as the user: with impersonation headers
 * over VirtDeck's connection, or over the user's own token client.
 */
@Component
class ApiScreenshots {

  private static final long TIMEOUT_SECONDS = 10;

  private final KubernetesClient serviceClient;
  private final UserClients clients;

  ApiScreenshots(KubernetesClient serviceClient, UserClients clients) {
    this.serviceClient = serviceClient;
    this.clients = clients;
  }

  /** The PNG, or empty when the API refused it or could not be reached. */
  Optional<byte[]> fetch(UserIdentity user, ResourceKey vm) {
    boolean impersonate = clients.mode() == IdentityMode.IMPERSONATION;
    KubernetesClient client = impersonate ? serviceClient : clients.as(user);
    String base = client.getConfiguration().getMasterUrl().replaceAll("/+$", "");
    HttpRequest.Builder request =
        client
            .getHttpClient()
            .newHttpRequestBuilder()
            .uri(URI.create(base + path(vm)))
            .header("Accept", "image/png");
    if (impersonate) {
      request.header("Impersonate-User", user.username());
      user.groups().forEach(group -> request.header("Impersonate-Group", group));
    }
    try {
      HttpResponse<byte[]> response =
          client
              .getHttpClient()
              .sendAsync(request.build(), byte[].class)
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return response.isSuccessful() && response.body() != null
          ? Optional.of(response.body())
          : Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception unreachable) {
      return Optional.empty();
    }
  }

  static String path(ResourceKey vm) {
    return "/apis/subresources.kubevirt.io/v1/namespaces/"
        + vm.namespace()
        + "/virtualmachineinstances/"
        + vm.name()
        + "/vnc/screenshot";
  }
}
