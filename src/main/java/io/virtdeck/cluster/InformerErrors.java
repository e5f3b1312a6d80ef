package io.virtdeck.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;

/** Classifies client failures and decides which ones are worth a retry. */
final class InformerErrors {

  private InformerErrors() {}

  /** Not found (no such CRD) and forbidden will not heal by retrying. */
  static boolean isFinal(Throwable failure) {
    return reason(failure) != CacheState.Reason.OTHER;
  }

  static CacheState.Reason reason(Throwable failure) {
    return switch (clientCause(failure) instanceof KubernetesClientException kce
        ? kce.getCode()
        : 0) {
      case 404 -> CacheState.Reason.NOT_INSTALLED;
      case 401, 403 -> CacheState.Reason.FORBIDDEN;
      default -> CacheState.Reason.OTHER;
    };
  }

  static String describe(Throwable failure) {
    return switch (reason(failure)) {
      case NOT_INSTALLED -> "the resource kind is not installed in this cluster";
      case FORBIDDEN -> "not allowed to list it";
      default -> String.valueOf(clientCause(failure).getMessage());
    };
  }

  private static Throwable clientCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && !(cause instanceof KubernetesClientException)) {
      cause = cause.getCause();
    }
    return cause;
  }
}
