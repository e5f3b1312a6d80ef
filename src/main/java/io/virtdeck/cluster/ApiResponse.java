package io.virtdeck.cluster;

/**
 * What the API server answered: the status code, and for a failure the reason and message of its
 * {@code Status} object.
 */
public record ApiResponse(int code, String reason, String message) {

  public boolean successful() {
    return code >= 200 && code < 300;
  }
}
