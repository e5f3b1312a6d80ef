package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The right-click Actions menu of VM rows in the grid and VM nodes in the navigator tree. */
public class VmMenuPage {

  private final Page page;

  public VmMenuPage(Page page) {
    this.page = page;
  }

  /** Opens the menu of a VM's row in the grid. */
  public VmMenuPage openInGrid(InventoryPage inventory, String vmName) {
    inventory.gridCell(vmName).click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
    entries().first().waitFor();
    return this;
  }

  /** Opens the menu of a VM's node in the navigator tree. */
  public VmMenuPage openInTree(InventoryPage inventory, String vmName) {
    inventory
        .treeNode(vmName)
        .first()
        .click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
    entries().first().waitFor();
    return this;
  }

  /** The open menu's entries (a closed menu's items may linger hidden). */
  public Locator entries() {
    return page.locator("vaadin-context-menu-item")
        .filter(new Locator.FilterOptions().setVisible(true));
  }

  public Locator entry(String label) {
    return entries().filter(new Locator.FilterOptions().setHasText(label));
  }

  /** Closes the menu without choosing anything. */
  public void close() {
    page.keyboard().press("Escape");
    page.locator("vaadin-context-menu-item")
        .first()
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
  }
}
