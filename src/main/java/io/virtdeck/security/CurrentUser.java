package io.virtdeck.security;

import io.virtdeck.cluster.UserIdentity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
      return Optional.of(fromOidc(oidc));
    }
    if (authentication.getPrincipal()
        instanceof org.springframework.security.core.userdetails.User user) {
      return Optional.of(
          UserIdentity.of(user.getUsername(), groups(authentication.getAuthorities())));
    }
    return Optional.empty();
  }

  UserIdentity fromOidc(OidcUser user) {
    String name = user.getClaimAsString(properties.usernameClaim());
    if (name == null || name.isBlank()) {
      name = user.getSubject();
    }
    List<String> groups = new ArrayList<>();
    Object claim = user.getClaims().get(properties.groupsClaim());
    if (claim instanceof Collection<?> values) {
      values.forEach(v -> groups.add(String.valueOf(v)));
    } else if (claim instanceof String single && !single.isBlank()) {
      groups.add(single);
    }
    return new UserIdentity(name, groups, user.getIdToken().getTokenValue());
  }

  private static List<String> groups(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(GroupAuthority.PREFIX))
        .map(a -> a.substring(GroupAuthority.PREFIX.length()))
        .toList();
  }
}
