package io.virtdeck.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.ErrorPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** VirtDeck starts while its OIDC provider is down, and sign-in then says so plainly. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.security.sign-in=oidc",
      "virtdeck.security.oidc.issuer-uri=http://127.0.0.1:9/unreachable",
      "virtdeck.security.oidc.client-id=virtdeck-ui",
      "virtdeck.security.oidc.client-secret=secret",
      "virtdeck.demo.kubeconfig=target/e2e/oidc-down.kubeconfig"
    })
class OidcProviderDownE2E extends BrowserTest {

  @LocalServerPort int port;

  @Test
  void signInShowsAClearPageAndNoStackTrace() {
    page.navigate("http://localhost:" + port + "/");

    ErrorPage error = new ErrorPage(page);
    assertThat(error.text()).containsText("could not complete this request");
    assertThat(error.text()).not().containsText("Exception");
    assertThat(error.text()).not().containsText("at org.");
  }
}
