package io.virtdeck.security;

import io.virtdeck.cluster.UserIdentity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's Kubernetes identity: name and groups from the OIDC claims (or the local
 * account), and the ID token for token pass-through. Read on a request thread; views keep it.
 */
@Component
public class CurrentUser {

  private static final Logger log = LoggerFactory.getLogger(CurrentUser.class);

  private final SecurityProperties properties;

  CurrentUser(SecurityProperties properties) {
    this.properties = properties;
  }

  /** The identity of the request's user; empty when nobody is signed in. */
  public Optional<UserIdentity> identity() {
    return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
        .filter(Authentication::isAuthenticated)
        .flatMap(this::toIdentity);
  }

  /** The identity, or an exception when called without a signed-in user. */
  public UserIdentity require() {
    return identity().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
  }

  Optional<UserIdentity> toIdentity(Authentication authentication) {
    if (authentication.getPrincipal() instanceof OidcUser oidc) {
      try {
        return Optional.of(fromOidc(oidc));
      } catch (RefusedIdentityException refused) {
        return Optional.empty();
      }
    }
    if (authentication.getPrincipal()
        instanceof org.springframework.security.core.userdetails.User user) {
      return Optional.of(
          UserIdentity.of(user.getUsername(), groups(authentication.getAuthorities())));
    }
    return Optional.empty();
  }

  /**
   * The Kubernetes identity the claims give, with the configured prefixes. A name in Kubernetes'
   * reserved {@code system:} space is refused ({@link RefusedIdentityException}: VirtDeck would
   * otherwise impersonate, say, a node or the API server's own accounts); such groups are dropped,
   * so that an identity provider group {@code system:masters} grants nothing.
   */
  UserIdentity fromOidc(OidcUser user) {
    String name = user.getClaimAsString(properties.usernameClaim());
    if (name == null || name.isBlank()) {
      name = user.getSubject();
    }
    String username = properties.usernamePrefix() + name;
    if (username.startsWith(SecurityProperties.RESERVED)) {
      log.warn("Refused the sign-in of {}: Kubernetes reserves names starting with system:", name);
      throw new RefusedIdentityException(
          "The identity provider's user name " + name + " is reserved by Kubernetes");
    }
    List<String> groups = new ArrayList<>();
    Object claim = user.getClaims().get(properties.groupsClaim());
    if (claim instanceof Collection<?> values) {
      values.forEach(v -> groups.add(String.valueOf(v)));
    } else if (claim instanceof String single && !single.isBlank()) {
      groups.add(single);
    }
    List<String> kept = new ArrayList<>();
    for (String group : groups) {
      String prefixed = properties.groupsPrefix() + group;
      if (prefixed.startsWith(SecurityProperties.RESERVED)) {
        log.warn(
            "Dropped the group {} of {}: Kubernetes reserves names starting with system:",
            group,
            username);
      } else {
        kept.add(prefixed);
      }
    }
    return new UserIdentity(username, kept, user.getIdToken().getTokenValue());
  }

  /** A sign-in whose claims name an identity VirtDeck must not act as. */
  static final class RefusedIdentityException extends RuntimeException {
    RefusedIdentityException(String message) {
      super(message);
    }
  }

  private static List<String> groups(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(GroupAuthority.PREFIX))
        .map(a -> a.substring(GroupAuthority.PREFIX.length()))
        .toList();
  }
}
