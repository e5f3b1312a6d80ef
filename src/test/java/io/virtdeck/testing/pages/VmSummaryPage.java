package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A VM's Summary tab. */
public class VmSummaryPage {

  private final Page page;

  public VmSummaryPage(Page page) {
    this.page = page;
  }

  VmSummaryPage waitUntilShown(String name) {
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)).waitFor();
    return this;
  }

  public Locator powerState() {
    return page.locator("#vm-power-state");
  }

  /** The value next to a label in any Summary card. */
  public Locator value(String label) {
    return page.locator(".property-row[data-label='" + label + "'] .property-value");
  }

  public Locator hardware() {
    return page.locator("#vm-hardware-card");
  }

  /** The VM's Summary tab. */
  public Locator summary() {
    return page.locator("#vm-summary");
  }
}
