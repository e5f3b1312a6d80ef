package io.virtdeck.security;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OIDC provider VirtDeck signs users in with: its issuer URI (discovery is read from there on
 * first use, so VirtDeck starts even while the provider is down), the client id and secret, and the
 * scopes to ask for.
 */
@ConfigurationProperties("virtdeck.security.oidc")
public record OidcProperties(
    @Nullable String issuerUri,
    @Nullable String clientId,
    @Nullable String clientSecret,
    List<String> scopes) {

  public OidcProperties {
    scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : scopes;
  }

  public boolean configured() {
    return issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
  }
}
