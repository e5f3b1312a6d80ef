package io.virtdeck.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a request comes from a page of VirtDeck's own origin, for WebSocket handshakes (which
 * browsers send with the session cookie from any site, and which neither CORS nor CSRF tokens
 * protect). Any WebSocket endpoint can ask {@link #sameOrigin}: {@link WebSocketOriginFilter}
 * already applies it to every handshake the servlet container receives.
 */
public final class Origins {

  private Origins() {}

  /**
   * True when the request's {@code Origin} header names VirtDeck's own origin: the configured
   * public URL when there is one, else the request's scheme, host and port. A request without an
   * {@code Origin} header (not sent by a browser) is allowed: it still needs a session.
   */
  public static boolean sameOrigin(HttpServletRequest request, PublicUrl publicUrl) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String expected = publicUrl.origin();
    if (expected == null) {
      expected = of(request.getScheme(), request.getServerName(), request.getServerPort());
    }
    String normalised = normalise(origin);
    return normalised != null && normalised.equals(expected);
  }

  /** {@code scheme://host[:port]} of an absolute URI, the default port left out. */
  static String of(URI uri) {
    return of(uri.getScheme(), uri.getHost(), uri.getPort());
  }

  static String of(String scheme, String host, int port) {
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    boolean defaultPort =
        port < 0
            || "http".equals(lowerScheme) && port == 80
            || "https".equals(lowerScheme) && port == 443;
    String lowerHost = host.toLowerCase(Locale.ROOT);
    if (lowerHost.contains(":") && !lowerHost.startsWith("[")) {
      lowerHost = "[" + lowerHost + "]";
    }
    return lowerScheme + "://" + lowerHost + (defaultPort ? "" : ":" + port);
  }

  private static @Nullable String normalise(String origin) {
    try {
      URI uri = new URI(origin.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null; // "null" (sandboxed frames, file:) and anything unparsable
      }
      return of(uri);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
