package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

/** The sign-in page with the demo accounts. */
public class LoginPage {

  private final Page page;

  public LoginPage(Page page) {
    this.page = page;
  }

  public LoginPage open(String baseUrl) {
    page.navigate(baseUrl + "/login");
    waitUntilReady();
    return this;
  }

  /** The form is usable once Vaadin has rendered it and the page has stopped loading. */
  private void waitUntilReady() {
    form().waitFor();
    page.locator("input[name=username]").waitFor();
    page.waitForLoadState(LoadState.NETWORKIDLE);
  }

  public Locator form() {
    return page.locator("vaadin-login-form");
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
    inventory.grid().waitFor();
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
