package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;

/**
 * Answers a JSON patch that cannot be applied as kube-apiserver does: a failed {@code test}
 * operation is a 409 Conflict, any other error a 422.
 */
final class JsonPatchErrors {

  private JsonPatchErrors() {}

  static MockResponse status(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("TEST") || message.startsWith("Expected value")
        ? StatusResponses.failure(409, "Conflict", "the object has been modified: " + message, null)
        : StatusResponses.failure(
            422, "Invalid", "the JSON patch cannot be applied: " + message, null);
  }
}
