package io.virtdeck.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The power actions of a VM, its confirmation dialog, and the Recent Tasks strip. */
public class VmActionsPage {

  private final Page page;

  public VmActionsPage(Page page) {
    this.page = page;
  }

  public Locator action(String id) {
    return page.locator("#action-" + id);
  }

  /** The header's ACTIONS menu (Clone…, Delete from Disk…). */
  public Locator actionsMenu() {
    return page.locator("#vm-actions-menu");
  }

  public Locator actionBar() {
    return page.locator("#vm-actions");
  }

  public Locator confirmText() {
    return page.locator("#confirm-text");
  }

  public void confirm() {
    page.locator("#confirm-button").click();
  }

  public Locator showKubernetes() {
    page.locator("#confirm-show-kubernetes").click();
    return page.locator("#teach-commands");
  }

  public Locator bulk(String id) {
    return page.locator("#bulk-" + id);
  }

  public Locator recentTasks() {
    return page.locator("#recent-tasks-grid");
  }

  /**
   * Ticks the selection checkbox of a VM's row in the grid (the grid's first column) and waits
   * until it shows ticked. Playwright's click waits until the checkbox itself receives the click,
   * so an overlay still closing (a dialog just cancelled) cannot swallow it.
   */
  public void select(String vmName) {
    Locator name =
        page.locator("#vm-grid vaadin-grid-cell-content .vm-name")
            .filter(new Locator.FilterOptions().setHasText(vmName).setVisible(true))
            .first();
    name.scrollIntoViewIfNeeded();
    Locator checkbox = checkboxInRowOf(name);
    checkbox.click();
    assertThat(checkbox).hasJSProperty("checked", true);
  }

  private Locator checkboxInRowOf(Locator name) {
    var row = name.boundingBox();
    double middle = row.y + row.height / 2;
    Locator boxes = page.locator("#vm-grid vaadin-grid-cell-content vaadin-checkbox");
    for (int i = 0; i < boxes.count(); i++) {
      var box = boxes.nth(i).boundingBox();
      if (box != null && box.y <= middle && middle <= box.y + box.height) {
        return boxes.nth(i);
      }
    }
    throw new AssertionError("No selection checkbox in the grid row of " + name.textContent());
  }

  /** How many VMs the grid's selection holds, as the bulk bar says it. */
  public Locator selectedCount() {
    return page.locator("#vm-selected-count");
  }
}
