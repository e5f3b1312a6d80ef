package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The Labs page and one lab's steps. */
public class LabsPage {

  private final Page page;

  public LabsPage(Page page) {
    this.page = page;
  }

  public LabsPage openFromHeader() {
    page.locator("#labs-link").click();
    page.locator(".labs-view").waitFor();
    return this;
  }

  public Locator card(String labId) {
    return page.locator("#lab-card-" + labId);
  }

  public LabsPage openLab(String labId) {
    card(labId).locator("a").first().click();
    page.locator("#lab-title").waitFor();
    return this;
  }

  public Locator title() {
    return page.locator("#lab-title");
  }

  /** Step {@code number} (from 1); its {@code data-done} attribute says whether it is done. */
  public Locator step(int number) {
    return page.locator("#lab-step-" + number);
  }

  public Locator progress() {
    return page.locator("#lab-progress");
  }

  public Locator resetButton() {
    return page.locator("#labs-reset");
  }

  /** Resets the cluster: the button, then the confirmation. */
  public void reset() {
    resetButton().click();
    page.locator("#labs-reset-confirm vaadin-button[slot=confirm-button]").click();
  }

  public Locator notification() {
    return page.locator("vaadin-notification-card");
  }

  public void back() {
    page.locator("#lab-back").click();
    page.locator(".labs-view").waitFor();
  }
}
