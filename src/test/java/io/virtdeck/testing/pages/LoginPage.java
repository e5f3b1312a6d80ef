package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in page with the demo accounts. */
public class LoginPage {

  private final Page page;

  public LoginPage(Page page) {
    this.page = page;
  }

  public LoginPage open(String baseUrl) {
    page.navigate(baseUrl + "/login");
    form().waitFor();
    return this;
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
    page.locator("input[name=username]").fill(username);
    page.locator("input[name=password]").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    InventoryPage inventory = new InventoryPage(page);
    inventory.grid().waitFor();
    return inventory;
  }

  public void submit(String username, String password) {
    page.locator("input[name=username]").fill(username);
    page.locator("input[name=password]").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
  }
}
