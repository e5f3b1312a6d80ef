package io.virtdeck.demo.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusDetailsBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.virtdeck.demo.api.authz.Identity;
import io.virtdeck.demo.api.authz.RbacAuthorizer;
import io.virtdeck.demo.api.authz.RequestAttributes;
import org.jspecify.annotations.Nullable;

/**
 * Turns the CRUD store's error answers (a bare 404, or a Status with reason {@code Invalid}) into
 * the {@code Status} objects a real API server sends, so that clients print real messages.
 */
final class StatusResponses {

  private StatusResponses() {}

  /**
   * The response unchanged when it succeeded, otherwise a proper Status for the request. The store
   * consumes the request body, so a create passes a copy taken before as {@code createBody}.
   */
  static MockResponse rewrite(
      RecordedRequest request, MockResponse response, @Nullable String createBody) {
    int code = response.code();
    if (code < 400) {
      return response;
    }
    ResourcePath path = ResourcePath.parse(request.getPath());
    if (path == null) {
      return failure(code, reason(code, request.getMethod()), existingMessage(response), null);
    }
    String name = path.name();
    if (name == null && createBody != null) {
      name = nameInBody(createBody);
    }
    String quoted = path.qualifiedResource() + " \"" + (name == null ? "" : name) + "\"";
    String reason = reason(code, request.getMethod());
    String message =
        switch (reason) {
          case "NotFound" ->
              name == null
                  ? "the server could not find the requested resource"
                  : quoted + " not found";
          case "AlreadyExists" -> quoted + " already exists";
          case "Conflict" ->
              "Operation cannot be fulfilled on "
                  + quoted
                  + ": the object has been modified; please apply your changes to the latest"
                  + " version and try again";
          default -> existingMessage(response);
        };
    return failure(code, reason, message, path.plural() == null ? null : details(path, name));
  }

  /** A Failure Status response. */
  static MockResponse failure(
      int code, String reason, String message, @Nullable StatusDetailsBuilder details) {
    Status status =
        new StatusBuilder()
            .withApiVersion("v1")
            .withKind("Status")
            .withNewMetadata()
            .endMetadata()
            .withStatus("Failure")
            .withMessage(message)
            .withReason(reason)
            .withDetails(details == null ? null : details.build())
            .withCode(code)
            .build();
    return JsonResponses.json(code, status);
  }

  /** The 403 for a request that RBAC denies to an impersonated identity. */
  static MockResponse forbidden(Identity identity, RequestAttributes request, String reason) {
    return failure(
        403,
        "Forbidden",
        RbacAuthorizer.forbiddenMessage(identity, request, reason),
        new StatusDetailsBuilder()
            .withName(request.name().isEmpty() ? null : request.name())
            .withGroup(request.group().isEmpty() ? null : request.group())
            .withKind(request.resource()));
  }

  /** A 404 for a path that nothing serves. */
  static MockResponse notFound() {
    return failure(404, "NotFound", "the server could not find the requested resource", null);
  }

  /** Status details naming the resource as the API server does. */
  static StatusDetailsBuilder details(ResourcePath path, @Nullable String name) {
    return new StatusDetailsBuilder()
        .withName(name)
        .withGroup(path.group().isEmpty() ? null : path.group())
        .withKind(path.plural());
  }

  private static String reason(int code, String method) {
    return switch (code) {
      case 400 -> "BadRequest";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 405 -> "MethodNotAllowed";
      case 409 -> "POST".equals(method) ? "AlreadyExists" : "Conflict";
      case 410 -> "Expired";
      case 415 -> "UnsupportedMediaType";
      case 422 -> "Invalid";
      case 429 -> "TooManyRequests";
      default -> "InternalError";
    };
  }

  private static String existingMessage(MockResponse response) {
    String body = response.getBody() == null ? "" : JsonResponses.text(response.getBody());
    if (body.isBlank()) {
      return "the server responded with the status code " + response.code();
    }
    try {
      Status status = Serialization.unmarshal(body, Status.class);
      if (status.getMessage() != null) {
        return status.getMessage();
      }
    } catch (RuntimeException notAStatus) {
      // fall through: use the raw body
    }
    return body;
  }

  private static @Nullable String nameInBody(String body) {
    try {
      GenericKubernetesResource resource =
          Serialization.unmarshal(body, GenericKubernetesResource.class);
      return resource.getMetadata() == null ? null : resource.getMetadata().getName();
    } catch (RuntimeException unreadable) {
      return null;
    }
  }
}
