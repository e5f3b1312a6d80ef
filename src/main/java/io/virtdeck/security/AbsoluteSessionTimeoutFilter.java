package io.virtdeck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute timeout, however active it is; the idle timeout
 * is the servlet session timeout ({@code server.servlet.session.timeout}). The request then goes on
 * unauthenticated, so that sign-in follows as for any request without a session.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

  private final Duration maximumAge;
  private final Clock clock;

  AbsoluteSessionTimeoutFilter(Duration maximumAge, Clock clock) {
    this.maximumAge = maximumAge;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && expired(session)) {
      session.invalidate();
      SecurityContextHolder.clearContext(); // the rest of the chain sees nobody signed in
    }
    chain.doFilter(request, response);
  }

  boolean expired(HttpSession session) {
    return clock.millis() - session.getCreationTime() > maximumAge.toMillis();
  }
}
