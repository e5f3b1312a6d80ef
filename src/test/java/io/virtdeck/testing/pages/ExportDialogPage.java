package io.virtdeck.testing.pages;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Export… on the VM list or in the tree's right-click menu: what to export, the format, the
 * download and its progress.
 */
public class ExportDialogPage {

  private final Page page;

  public ExportDialogPage(Page page) {
    this.page = page;
  }

  /** Clicks Export… in the VM list's title bar and waits for the dialog. */
  public static ExportDialogPage open(Page page) {
    page.locator("#vm-export").click();
    page.locator("#export-what").waitFor(); // the dialog host itself has no box
    return new ExportDialogPage(page);
  }

  /** Chooses Export… in an open right-click menu (of the datacenter or a folder in the tree). */
  public static ExportDialogPage fromMenu(Page page, VmMenuPage menu) {
    menu.entry("Export…").click();
    page.locator("#export-what").waitFor();
    return new ExportDialogPage(page);
  }

  /** Picks a radio button (what to export, or the format) by the start of its label. */
  public ExportDialogPage choose(String label) {
    page.locator("vaadin-radio-button")
        .filter(new Locator.FilterOptions().setHasText(label))
        .first()
        .click();
    return this;
  }

  public Locator whatOptions() {
    return page.locator("#export-what vaadin-radio-button");
  }

  /** Clicks Export and returns the file the browser downloads. */
  public Download download() {
    return page.waitForDownload(() -> page.locator("#export-download vaadin-button").click());
  }

  public Locator status() {
    return page.locator("#export-status");
  }

  public Locator progress() {
    return page.locator("#export-progress");
  }
}
