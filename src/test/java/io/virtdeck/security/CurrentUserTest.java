package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.UserIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class CurrentUserTest {

  private final CurrentUser currentUser =
      new CurrentUser(new SecurityProperties(null, null, null, null));

  @Test
  void oidcClaimsGiveNameGroupsAndToken() {
    UserIdentity user =
        currentUser.fromOidc(
            oidcUser(
                Map.of(
                    "sub", "4711",
                    "preferred_username", "helpdesk",
                    "groups", List.of("virtdeck:helpdesk", "staff"))));

    assertThat(user.username()).isEqualTo("helpdesk");
    assertThat(user.groups()).containsExactly("virtdeck:helpdesk", "staff");
    assertThat(user.bearerToken()).isEqualTo("id-token-value");
  }

  @Test
  void tokenWithoutGroupsClaimGivesNoGroupsAndNoGuess() {
    UserIdentity user =
        currentUser.fromOidc(oidcUser(Map.of("sub", "4711", "preferred_username", "nogroups")));

    assertThat(user.username()).isEqualTo("nogroups");
    assertThat(user.groups()).isEmpty();
  }

  @Test
  void subjectIsTheNameWhenTheUsernameClaimIsMissing() {
    assertThat(currentUser.fromOidc(oidcUser(Map.of("sub", "4711"))).username()).isEqualTo("4711");
  }

  @Test
  void configuredClaimsAreRead() {
    CurrentUser custom = new CurrentUser(new SecurityProperties(null, "email", "roles", null));

    UserIdentity user =
        custom.fromOidc(
            oidcUser(Map.of("sub", "1", "email", "ann@example.com", "roles", "vm-admins")));

    assertThat(user.username()).isEqualTo("ann@example.com");
    assertThat(user.groups()).containsExactly("vm-admins");
  }

  private static DefaultOidcUser oidcUser(Map<String, Object> claims) {
    OidcIdToken token =
        new OidcIdToken("id-token-value", Instant.now(), Instant.now().plusSeconds(300), claims);
    return new DefaultOidcUser(List.of(), token);
  }
}
