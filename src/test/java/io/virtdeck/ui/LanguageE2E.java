package io.virtdeck.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The language a user chose comes back at their next sign-in, and only for them. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/live-panels.kubeconfig"
    })
class LanguageE2E extends BrowserTest {

  @LocalServerPort int port;

  @BeforeEach
  void beTolerantOfABusyMachine() {
    page.setDefaultTimeout(60_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  private InventoryPage signIn(String user) {
    return new LoginPage(page).open("http://localhost:" + port).signIn(user);
  }

  /**
   * Signs out and waits for the sign-in page it leads to, so that the next navigation does not cut
   * it.
   */
  private void signOutAndWait(InventoryPage inventory, String label) {
    inventory.signOut(label);
    page.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
  }

  @Test
  void theChosenLanguageIsRememberedAcrossSignInsPerUser() {
    InventoryPage inventory = signIn("admin");
    assertThat(inventory.globalSearch()).hasAttribute("placeholder", "Search in all environments");

    inventory.chooseLanguage("简体中文");
    assertThat(inventory.globalSearch()).hasAttribute("placeholder", "在所有环境中搜索");
    signOutAndWait(inventory, "注销");

    inventory = signIn("admin");
    assertThat(inventory.globalSearch()).hasAttribute("placeholder", "在所有环境中搜索");
    signOutAndWait(inventory, "注销");

    inventory = signIn("helpdesk");
    assertThat(inventory.globalSearch()).hasAttribute("placeholder", "Search in all environments");
  }
}
