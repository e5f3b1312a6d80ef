package io.virtdeck.testing.pages;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Code Capture: the Record button in the header and the script panel. */
public class CapturePage {

  private final Page page;

  public CapturePage(Page page) {
    this.page = page;
  }

  public Locator recordButton() {
    return page.locator("#capture-record");
  }

  public Locator panel() {
    return page.locator("#capture-panel");
  }

  public Locator state() {
    return page.locator("#capture-state");
  }

  public Locator script() {
    return page.locator("#capture-script");
  }

  /** Stop while recording, Record again when stopped. */
  public Locator toggle() {
    return page.locator("#capture-toggle");
  }

  public void clear() {
    page.locator("#capture-clear").click();
  }

  /** Chooses the script's form by its label (bash, Ansible, YAML). */
  public void format(String label) {
    page.locator("#capture-format").click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText(label))
        .click();
  }

  /** Clicks Download and returns the file the browser received. */
  public Download download() {
    return page.waitForDownload(() -> page.locator("#capture-download-button").click());
  }
}
