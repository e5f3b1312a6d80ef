package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.MockResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * The answer to a request whose handling failed with an exception: a Status at once, never a
 * request left unanswered (the HTTP layer sends nothing when its dispatcher throws). A body that
 * cannot be decoded is the client's fault (400 BadRequest); anything else is a 500.
 */
final class Failures {

  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  static MockResponse of(RuntimeException e) {
    if (e.getCause() instanceof JacksonException decoding) {
      return of(decoding);
    }
    if (e instanceof JacksonException decoding) {
      return StatusResponses.failure(
          400,
          "BadRequest",
          "the body of the request could not be decoded: " + decoding.getOriginalMessage(),
          null);
    }
    if (e.getClass().getName().startsWith("io.fabric8.zjsonpatch")) {
      return JsonPatchErrors.status(e);
    }
    LOG.warn("Demo API request failed", e);
    return StatusResponses.failure(
        500, "InternalError", "an error on the server prevented the request: " + e, null);
  }
}
