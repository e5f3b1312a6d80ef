package io.virtdeck.demo.api.authz;

/**
 * The authorizer's answer. The reason is what the API server reports in an access review: the
 * binding that allowed the request, or (rarely) why bindings could not be evaluated.
 */
public record Decision(boolean allowed, String reason) {

  /** Allowed, for the given reason. */
  public static Decision allow(String reason) {
    return new Decision(true, reason);
  }

  /** Not allowed; the reason may be empty. */
  public static Decision deny(String reason) {
    return new Decision(false, reason);
  }
}
