package io.virtdeck.cluster.internal;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** Turns client failures into sentences and decides which ones are worth a retry. */
final class Errors {

  private Errors() {}

  /** Not found (no such CRD) and forbidden will not heal by retrying. */
  static boolean isFinal(KubernetesClientException failure) {
    int code = failure.getCode();
    return code == 404 || code == 403 || code == 401;
  }

  static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && !(cause instanceof KubernetesClientException)) {
      cause = cause.getCause();
    }
    if (cause instanceof KubernetesClientException kce) {
      return switch (kce.getCode()) {
        case 404 -> "the resource kind is not installed in this cluster";
        case 401, 403 -> "not allowed to list it";
        default -> String.valueOf(kce.getMessage());
      };
    }
    return String.valueOf(cause.getMessage());
  }
}
