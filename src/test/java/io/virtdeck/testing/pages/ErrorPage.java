package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A page VirtDeck shows instead of what was asked for: an error page. */
public class ErrorPage {

  private final Page page;

  public ErrorPage(Page page) {
    this.page = page;
  }

  /** Everything the page says. */
  public Locator text() {
    return page.locator("body");
  }
}
