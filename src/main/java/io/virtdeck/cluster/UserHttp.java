package io.virtdeck.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import java.net.URI;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Raw HTTP access to the API server as a user, for what fabric8's typed client cannot send
 * (KubeVirt's subresources and their WebSockets): the client whose HTTP client carries the request
 * and, with impersonation, the user whose {@code Impersonate-User} and {@code Impersonate-Group}
 * headers make VirtDeck's own connection act as them. With token pass-through the client is the
 * user's own, which already carries their token, and no header is added.
 */
public record UserHttp(KubernetesClient client, @Nullable UserIdentity impersonated) {

  public HttpClient http() {
    return client.getHttpClient();
  }

  /** The absolute address of an API path such as {@code /apis/...}. */
  public URI uri(String path) {
    return URI.create(client.getConfiguration().getMasterUrl().replaceAll("/+$", "") + path);
  }

  /** Adds the impersonation headers, if any, through a request's or a WebSocket's builder. */
  public void addHeaders(BiConsumer<String, String> header) {
    if (impersonated != null) {
      header.accept("Impersonate-User", impersonated.username());
      impersonated.groups().forEach(group -> header.accept("Impersonate-Group", group));
    }
  }
}
