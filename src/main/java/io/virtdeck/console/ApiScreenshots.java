package io.virtdeck.console;

import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserHttp;
import io.virtdeck.cluster.UserIdentity;
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

  private final UserClients clients;

  ApiScreenshots(UserClients clients) {
    this.clients = clients;
  }

  /** The PNG, or empty when the API refused it or could not be reached. */
  Optional<byte[]> fetch(UserIdentity user, ResourceKey vm) {
    UserHttp http = clients.http(user);
    HttpRequest.Builder request =
        http.http().newHttpRequestBuilder().uri(http.uri(path(vm))).header("Accept", "image/png");
    http.addHeaders(request::header);
    try {
      HttpResponse<byte[]> response =
          http.http()
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
