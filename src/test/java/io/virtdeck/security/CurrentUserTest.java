package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtdeck.cluster.UserIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
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

  @Test
  void systemGroupsFromTheProviderAreDroppedAndGrantNothing() {
    UserIdentity user =
        currentUser.fromOidc(
            oidcUser(
                Map.of(
                    "sub", "1",
                    "preferred_username", "mallory",
                    "groups", List.of("system:masters", "System:nodes", "staff"))));

    assertThat(user.groups()).containsExactly("System:nodes", "staff");
  }

  @Test
  void aSystemUserNameFromTheProviderIsRefused() {
    var claims = Map.<String, Object>of("sub", "1", "preferred_username", "system:admin");

    assertThatThrownBy(() -> currentUser.fromOidc(oidcUser(claims)))
        .isInstanceOf(CurrentUser.RefusedIdentityException.class)
        .hasMessageContaining("system:admin");
    var authentication = new TestingAuthenticationToken(oidcUser(claims), null, List.of());
    authentication.setAuthenticated(true);
    assertThat(currentUser.toIdentity(authentication)).isEmpty();
  }

  @Test
  void prefixesSeparateProviderNamesFromKubernetesNames() {
    CurrentUser prefixed =
        new CurrentUser(new SecurityProperties(null, null, null, null, "oidc:", "oidc:"));

    UserIdentity user =
        prefixed.fromOidc(
            oidcUser(
                Map.of(
                    "sub", "1",
                    "preferred_username", "system:admin",
                    "groups", List.of("system:masters", "vm-admins"))));

    assertThat(user.username()).isEqualTo("oidc:system:admin");
    assertThat(user.groups()).containsExactly("oidc:system:masters", "oidc:vm-admins");
  }

  @Test
  void aPrefixInTheReservedSpaceIsAConfigurationError() {
    assertThatThrownBy(() -> new SecurityProperties(null, null, null, null, "system:oidc:", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("username-prefix");
  }

  private static DefaultOidcUser oidcUser(Map<String, Object> claims) {
    OidcIdToken token =
        new OidcIdToken("id-token-value", Instant.now(), Instant.now().plusSeconds(300), claims);
    return new DefaultOidcUser(List.of(), token);
  }
}
