package io.virtdeck.cluster;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
    return exchange(user, call, false).response();
  }

  /** As {@link #send}, with the causes the API server listed for a refusal. */
  public ApiRefusal sendForCauses(UserIdentity user, ApiCall call) {
    return exchange(user, call, true);
  }

  private ApiRefusal exchange(UserIdentity user, ApiCall call, boolean causes) {
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
      ApiResponse answer = toResponse(response.code(), response.body());
      return new ApiRefusal(
          answer, causes && !answer.successful() ? causes(response.body()) : List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ApiRefusal(
          new ApiResponse(0, "Interrupted", "the request was interrupted"), List.of());
    } catch (Exception e) {
      return new ApiRefusal(
          new ApiResponse(0, "Unreachable", String.valueOf(e.getMessage())), List.of());
    }
  }

  static List<ApiRefusal.Cause> causes(@Nullable String body) {
    try {
      Status status = Serialization.unmarshal(body, Status.class);
      if (status.getDetails() == null || status.getDetails().getCauses() == null) {
        return List.of();
      }
      return status.getDetails().getCauses().stream()
          .map(
              c ->
                  new ApiRefusal.Cause(
                      Objects.requireNonNullElse(c.getField(), ""),
                      Objects.requireNonNullElse(c.getMessage(), "")))
          .toList();
    } catch (RuntimeException notAStatus) {
      return List.of();
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
