package io.virtdeck.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The one OIDC client registration, resolved from the issuer's discovery document on first use and
 * kept once it worked. While the provider is unreachable, sign-in fails with VirtDeck's error page
 * instead of VirtDeck failing to start.
 */
@Component
class LazyOidcRegistrations implements ClientRegistrationRepository {

  private static final Logger log = LoggerFactory.getLogger(LazyOidcRegistrations.class);

  private final OidcProperties properties;
  private volatile @Nullable ClientRegistration registration;

  LazyOidcRegistrations(OidcProperties properties) {
    this.properties = properties;
  }

  @Override
  public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
    if (!SecurityProperties.REGISTRATION.equals(registrationId) || !properties.configured()) {
      return null;
    }
    ClientRegistration current = registration;
    if (current == null) {
      current = resolve();
      registration = current;
    }
    return current;
  }

  private ClientRegistration resolve() {
    try {
      return ClientRegistrations.fromIssuerLocation(properties.issuerUri())
          .registrationId(SecurityProperties.REGISTRATION)
          .clientId(properties.clientId())
          .clientSecret(properties.clientSecret())
          .scope(properties.scopes())
          .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
          .build();
    } catch (RuntimeException e) {
      log.warn(
          "The OIDC provider {} cannot be reached: {}", properties.issuerUri(), e.getMessage());
      throw new IllegalStateException(
          "The sign-in provider " + properties.issuerUri() + " cannot be reached", e);
    }
  }
}
