package io.virtdeck.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.InventoryPage;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole authorization-code flow against a real OIDC provider running in-process. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.security.sign-in=oidc",
      "virtdeck.security.oidc.client-id=virtdeck-ui",
      "virtdeck.security.oidc.client-secret=secret",
      "virtdeck.demo.kubeconfig=target/e2e/oidc.kubeconfig"
    })
class OidcSignInE2E extends BrowserTest {

  private static final MockOAuth2Server provider = new MockOAuth2Server();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void issuer(DynamicPropertyRegistry registry) {
    provider.start();
    registry.add(
        "virtdeck.security.oidc.issuer-uri", () -> provider.issuerUrl("virtdeck").toString());
  }

  @AfterAll
  static void stopProvider() {
    provider.shutdown();
  }

  private void nextSignIn(Map<String, Object> claims) {
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "virtdeck",
            "subject-" + claims.hashCode(),
            "JWT",
            List.of("virtdeck-ui"),
            claims,
            3600));
  }

  @Test
  void signsInThroughTheProviderAndActsWithTheTokensGroups() {
    nextSignIn(Map.of("preferred_username", "helpdesk", "groups", List.of("virtdeck:helpdesk")));

    page.navigate("http://localhost:" + port + "/");

    InventoryPage inventory = new InventoryPage(page);
    assertThat(inventory.userMenu()).containsText("helpdesk");
    assertThat(inventory.count()).hasText("27 virtual machines");
    assertThat(page).hasURL(Pattern.compile("http://localhost:" + port + "/.*"));
  }

  @Test
  void tokenWithoutGroupsSignsInButSeesOnlyWhatItsNameIsGranted() {
    nextSignIn(Map.of("preferred_username", "nobody-special"));

    page.navigate("http://localhost:" + port + "/");

    InventoryPage inventory = new InventoryPage(page);
    assertThat(inventory.userMenu()).containsText("nobody-special");
    assertThat(inventory.count()).hasText("0 virtual machines");
    assertThat(inventory.treeNode("shop")).hasCount(0);
  }
}
