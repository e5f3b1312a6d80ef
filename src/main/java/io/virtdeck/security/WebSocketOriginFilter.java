package io.virtdeck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every WebSocket handshake (Vaadin push, the consoles) whose {@code Origin} is not
 * VirtDeck's own with 403, before the container upgrades the connection: a foreign page could
 * otherwise open the socket with the user's cookie and read what it carries.
 */
class WebSocketOriginFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(WebSocketOriginFilter.class);

  private final PublicUrl publicUrl;

  WebSocketOriginFilter(PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isHandshake(request) && !Origins.sameOrigin(request, publicUrl)) {
      log.warn(
          "Refused a WebSocket handshake to {} from origin {} (client {})",
          request.getRequestURI(),
          request.getHeader("Origin"),
          request.getRemoteAddr());
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isHandshake(HttpServletRequest request) {
    String upgrade = request.getHeader("Upgrade");
    return upgrade != null && upgrade.trim().equalsIgnoreCase("websocket");
  }
}
