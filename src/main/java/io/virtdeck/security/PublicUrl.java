package io.virtdeck.security;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address users reach VirtDeck at ({@code virtdeck.public-url}, e.g. {@code
 * https://virtdeck.example.com}), when the deployer fixes it. Set, it is the only origin WebSockets
 * are accepted from and the base of the OIDC redirect URIs, so nothing is built from the request's
 * Host header. Unset, the request's own scheme, host and port count (behind a proxy: with {@code
 * server.forward-headers-strategy} set, as forwarded by it).
 */
@ConfigurationProperties("virtdeck")
public record PublicUrl(@Nullable URI publicUrl) {

  public PublicUrl {
    if (publicUrl != null) {
      String scheme = publicUrl.getScheme();
      if (!"https".equals(scheme) && !"http".equals(scheme) || publicUrl.getHost() == null) {
        throw new IllegalArgumentException(
            "virtdeck.public-url must be an http(s) address such as https://virtdeck.example.com,"
                + " not "
                + publicUrl);
      }
    }
  }

  /** The configured origin ({@code scheme://host[:port]}) without a path; null when not set. */
  public @Nullable String origin() {
    return publicUrl == null ? null : Origins.of(publicUrl);
  }

  /** The base URL without a trailing slash, or null when not set. */
  public @Nullable String base() {
    if (publicUrl == null) {
      return null;
    }
    String text = publicUrl.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
