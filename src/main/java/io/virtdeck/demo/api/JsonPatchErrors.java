package io.virtdeck.demo.api;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

/**
 * Answers a JSON patch the store cannot apply as kube-apiserver does, instead of leaving the
 * request unanswered: a failed {@code test} operation is a 409 Conflict, any other error a 422.
 */
final class JsonPatchErrors {

  private JsonPatchErrors() {}

  static MockResponse dispatch(KubernetesCrudDispatcher store, RecordedRequest request) {
    try {
      return store.dispatch(request);
    } catch (RuntimeException e) {
      if (!e.getClass().getName().startsWith("io.fabric8.zjsonpatch")) {
        throw e;
      }
      String message = String.valueOf(e.getMessage());
      return message.contains("TEST") || message.startsWith("Expected value")
          ? StatusResponses.failure(
              409, "Conflict", "the object has been modified: " + message, null)
          : StatusResponses.failure(
              422, "Invalid", "the JSON patch cannot be applied: " + message, null);
    }
  }
}
