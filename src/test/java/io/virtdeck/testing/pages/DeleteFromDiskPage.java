package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Delete from Disk, from the VM header's Actions menu. */
public class DeleteFromDiskPage {

  private final Page page;

  public DeleteFromDiskPage(Page page) {
    this.page = page;
  }

  /** Opens the dialog through ACTIONS → Delete from Disk…. */
  public DeleteFromDiskPage open() {
    page.locator("#vm-actions-menu vaadin-menu-bar-button").first().click();
    page.locator("#vm-menu-delete-from-disk").click();
    // the dialog's host element stays hidden; its content shows in an overlay
    text().waitFor();
    return this;
  }

  /** The header's Actions menu entry (disabled while the VM runs). */
  public Locator menuEntry() {
    page.locator("#vm-actions-menu vaadin-menu-bar-button").first().click();
    return page.locator("#vm-menu-delete-from-disk");
  }

  public Locator dialog() {
    return page.locator("#delete-vm");
  }

  public Locator text() {
    return page.locator("#delete-vm-text");
  }

  public Locator items() {
    return page.locator("#delete-vm-items");
  }

  /** The check box of one object (DataVolume, claim or Secret), by its name. */
  public Locator item(String name) {
    return page.locator("#delete-vm-items vaadin-checkbox[data-object='" + name + "']");
  }

  public void confirm() {
    page.locator("#delete-vm-confirm").click();
  }
}
