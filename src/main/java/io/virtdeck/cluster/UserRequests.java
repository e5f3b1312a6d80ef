package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Sends an {@link ApiCall} as a user: with impersonation headers over VirtDeck's connection, or
 * over the user's own token client. Used for the requests fabric8 has no DSL for (KubeVirt
 * subresources).
 */
@Component
public class UserRequests {

  private static final long TIMEOUT_SECONDS = 30;

  private final UserClients clients;

  public UserRequests(UserClients clients) {
    this.clients = clients;
  }

  public ApiResponse send(UserIdentity user, ApiCall call) {
    UserHttp http = clients.http(user);
    HttpRequest.Builder request =
        http.http()
            .newHttpRequestBuilder()
            .uri(http.uri(call.path()))
            .method(call.method(), call.contentType(), call.body());
    http.addHeaders(request::header);
    try {
      HttpResponse<String> response =
          http.http()
              .sendAsync(request.build(), String.class)
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return toResponse(response.code(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ApiResponse(0, "Interrupted", "the request was interrupted");
    } catch (Exception e) {
      return new ApiResponse(0, "Unreachable", String.valueOf(e.getMessage()));
    }
  }

  static ApiResponse toResponse(int code, String body) {
    if (code >= 200 && code < 300) {
      return new ApiResponse(code, "", "");
    }
    try {
      Status status = Serialization.unmarshal(body, Status.class);
      return new ApiResponse(
          code,
          status.getReason() == null ? "" : status.getReason(),
          status.getMessage() == null ? body : status.getMessage());
    } catch (RuntimeException notAStatus) {
      return new ApiResponse(code, "", body == null ? "" : body);
    }
  }
}
