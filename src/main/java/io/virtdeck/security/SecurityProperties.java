package io.virtdeck.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings. {@code sign-in}: {@code auto} (the demo cluster's accounts when it runs, else
 * OIDC), {@code accounts} or {@code oidc}. The OIDC provider itself is configured with Spring's
 * {@code spring.security.oauth2.client.*} properties under the registration {@code virtdeck}.
 */
@ConfigurationProperties("virtdeck.security")
public record SecurityProperties(
    SignIn signIn, String usernameClaim, String groupsClaim, Duration absoluteTimeout) {

  /** The OAuth2 client registration VirtDeck signs in with. */
  public static final String REGISTRATION = "virtdeck";

  public SecurityProperties {
    signIn = signIn == null ? SignIn.AUTO : signIn;
    usernameClaim =
        usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
    groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
    absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
  }

  /** How users sign in. */
  public enum SignIn {
    AUTO,
    ACCOUNTS,
    OIDC
  }
}
