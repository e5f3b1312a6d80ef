package io.virtdeck.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Sign-in settings. {@code sign-in}: {@code auto} (the demo cluster's accounts when it runs, else
 * OIDC), {@code accounts} or {@code oidc}. The OIDC provider itself is configured with Spring's
 * {@code spring.security.oauth2.client.*} properties under the registration {@code virtdeck}.
 * {@code username-prefix} and {@code groups-prefix} are put before the names read from the claims,
 * as the API server's {@code --oidc-username-prefix} / {@code --oidc-groups-prefix} do, so that no
 * identity provider name can equal a Kubernetes name (empty by default).
 */
@ConfigurationProperties("virtdeck.security")
public record SecurityProperties(
    SignIn signIn,
    String usernameClaim,
    String groupsClaim,
    Duration absoluteTimeout,
    String usernamePrefix,
    String groupsPrefix) {

  /** The OAuth2 client registration VirtDeck signs in with. */
  public static final String REGISTRATION = "virtdeck";

  @ConstructorBinding
  public SecurityProperties {
    signIn = signIn == null ? SignIn.AUTO : signIn;
    usernameClaim =
        usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
    groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
    absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(12) : absoluteTimeout;
    usernamePrefix = usernamePrefix == null ? "" : usernamePrefix;
    groupsPrefix = groupsPrefix == null ? "" : groupsPrefix;
    if (usernamePrefix.startsWith(RESERVED) || groupsPrefix.startsWith(RESERVED)) {
      throw new IllegalArgumentException(
          "virtdeck.security.username-prefix and groups-prefix must not start with \""
              + RESERVED
              + "\": Kubernetes reserves those names");
    }
  }

  /** Kubernetes' own users and groups; never taken from an identity provider's claims. */
  public static final String RESERVED = "system:";

  /** Shortcut for tests and defaults: the given claims, no prefixes. */
  public SecurityProperties(
      SignIn signIn, String usernameClaim, String groupsClaim, Duration absoluteTimeout) {
    this(signIn, usernameClaim, groupsClaim, absoluteTimeout, "", "");
  }

  /** How users sign in. */
  public enum SignIn {
    AUTO,
    ACCOUNTS,
    OIDC
  }
}
