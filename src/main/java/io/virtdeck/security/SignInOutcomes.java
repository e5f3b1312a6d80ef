package io.virtdeck.security;

import io.virtdeck.cluster.UserIdentity;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Feeds form sign-in outcomes to {@link SignInThrottle} and audits each failure. */
@Component
class SignInOutcomes {

  private final SignInThrottle throttle;
  private final AuditLog audit;

  SignInOutcomes(SignInThrottle throttle, AuditLog audit) {
    this.throttle = throttle;
    this.audit = audit;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    Authentication attempt = event.getAuthentication();
    String client = client(attempt);
    throttle.failed(attempt.getName(), client);
    audit.record(
        UserIdentity.of(attempt.getName(), List.of()),
        "sign-in",
        "client " + client,
        "failed: wrong user name or password");
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    throttle.succeeded(event.getAuthentication().getName());
  }

  private static String client(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails web
            && web.getRemoteAddress() != null
        ? web.getRemoteAddress()
        : "unknown";
  }
}
