package io.virtdeck.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code virtdeck.public-url} set, every request reports that URL's scheme, host and port
 * instead of what the client's {@code Host} header (or a forwarded header) claims, so the absolute
 * URLs VirtDeck builds (sign-in redirects, the OIDC redirect URI) never echo a forged host.
 */
class PublicUrlFilter extends OncePerRequestFilter {

  private final URI publicUrl;

  PublicUrlFilter(URI publicUrl) {
    this.publicUrl = publicUrl;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new AtPublicUrl(request, publicUrl), response);
  }

  private static final class AtPublicUrl extends HttpServletRequestWrapper {

    private final URI publicUrl;

    AtPublicUrl(HttpServletRequest request, URI publicUrl) {
      super(request);
      this.publicUrl = publicUrl;
    }

    @Override
    public String getScheme() {
      return publicUrl.getScheme();
    }

    @Override
    public String getServerName() {
      return publicUrl.getHost();
    }

    @Override
    public int getServerPort() {
      int port = publicUrl.getPort();
      return port >= 0 ? port : "https".equals(publicUrl.getScheme()) ? 443 : 80;
    }

    @Override
    public boolean isSecure() {
      return "https".equals(publicUrl.getScheme());
    }

    @Override
    public StringBuffer getRequestURL() {
      return new StringBuffer(Origins.of(publicUrl)).append(getRequestURI());
    }

    @Override
    public String getHeader(String name) {
      return "host".equalsIgnoreCase(name) ? publicUrl.getAuthority() : super.getHeader(name);
    }
  }
}
