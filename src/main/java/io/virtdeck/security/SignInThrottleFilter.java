package io.virtdeck.security;

import io.virtdeck.cluster.UserIdentity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in through the local form before the password is checked when {@link SignInThrottle}
 * says the user name or client address has failed too often: the form shows why ({@code
 * /login?locked}) and the audit log gets a line.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

  private final SignInThrottle throttle;
  private final AuditLog audit;

  SignInThrottleFilter(SignInThrottle throttle, AuditLog audit) {
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
      String username = String.valueOf(request.getParameter("username"));
      Optional<Duration> wait = throttle.refusedFor(username, request.getRemoteAddr());
      if (wait.isPresent()) {
        audit.record(
            UserIdentity.of(username, List.of()),
            "sign-in",
            "client " + request.getRemoteAddr(),
            "refused: too many failed sign-ins, free again in " + wait.get().toSeconds() + " s");
        response.sendRedirect(request.getContextPath() + "/login?locked");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
