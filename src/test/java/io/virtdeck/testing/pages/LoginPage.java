package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in page with the demo accounts. */
public class LoginPage {

  /** How long the first screen after sign-in may take (see {@link #signIn(String, String)}). */
  private static final double FIRST_SCREEN_WAIT_MS = 90_000;

  private final Page page;

  public LoginPage(Page page) {
    this.page = page;
  }

  public LoginPage open(String baseUrl) {
    page.navigate(baseUrl + "/login");
    waitUntilReady();
    return this;
  }

  /** The form is a plain HTML page: usable once loaded. */
  private void waitUntilReady() {
    form().waitFor();
    page.locator("input[name=username]").waitFor();
  }

  public Locator form() {
    return page.locator("#login-form");
  }

  public Locator demoAccounts() {
    return page.locator("#demo-accounts");
  }

  /** Signs in with a demo account (password "demo") and waits for the inventory. */
  public InventoryPage signIn(String username) {
    return signIn(username, "demo");
  }

  public InventoryPage signIn(String username, String password) {
    submit(username, password);
    InventoryPage inventory = new InventoryPage(page);
    // the first screen of a test class loads the whole frontend: on a busy machine that takes
    // longer than the context's default wait, so this one wait is patient
    inventory.grid().waitFor(new Locator.WaitForOptions().setTimeout(FIRST_SCREEN_WAIT_MS));
    return inventory;
  }

  public void submit(String username, String password) {
    waitUntilReady();
    Locator user = page.locator("input[name=username]");
    Locator secret = page.locator("input[name=password]");
    user.fill(username);
    secret.fill(password);
    PlaywrightAssertions.assertThat(user).hasValue(username);
    PlaywrightAssertions.assertThat(secret).hasValue(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
  }
}
