package io.virtdeck.cluster;

/**
 * One exact Kubernetes API request, as VirtDeck sends it and as teaching mode shows it: method,
 * path, content type and body (empty for none).
 */
public record ApiCall(String method, String path, String contentType, String body) {

  public static ApiCall put(String path, String json) {
    return new ApiCall("PUT", path, "application/json", json);
  }

  /** A create: POST of a JSON object. */
  public static ApiCall post(String path, String json) {
    return new ApiCall("POST", path, "application/json", json);
  }

  /** A delete, without a body. */
  public static ApiCall delete(String path) {
    return new ApiCall("DELETE", path, "application/json", "");
  }

  public static ApiCall mergePatch(String path, String json) {
    return new ApiCall("PATCH", path, "application/merge-patch+json", json);
  }

  /** The request as an HTTP request line and body, for humans. */
  public String describe() {
    return method + " " + path + (body.isEmpty() ? "" : "\n" + contentType + "\n" + body);
  }
}
