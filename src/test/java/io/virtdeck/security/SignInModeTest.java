package io.virtdeck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignInModeTest {

  private final SignInAccounts accounts = List::of;

  @Test
  void autoUsesLocalAccountsWhenOfferedElseOidc() {
    SecurityProperties auto =
        new SecurityProperties(SecurityProperties.SignIn.AUTO, null, null, null);

    assertThat(SecurityConfiguration.useOidc(auto, accounts)).isFalse();
    assertThat(SecurityConfiguration.useOidc(auto, null)).isTrue();
  }

  @Test
  void explicitModeWins() {
    assertThat(
            SecurityConfiguration.useOidc(
                new SecurityProperties(SecurityProperties.SignIn.OIDC, null, null, null), accounts))
        .isTrue();
    assertThat(
            SecurityConfiguration.useOidc(
                new SecurityProperties(SecurityProperties.SignIn.ACCOUNTS, null, null, null), null))
        .isFalse();
  }
}
