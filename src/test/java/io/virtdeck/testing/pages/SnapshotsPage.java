package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;

/** A VM's Snapshots tab (the Snapshot Manager) and its dialogs. */
public class SnapshotsPage {

  private final Page page;

  public SnapshotsPage(Page page) {
    this.page = page;
  }

  /** Opens the VM and its Snapshots tab. */
  public SnapshotsPage open(String baseUrl, String namespace, String vm) {
    page.navigate(baseUrl + "/vm/" + namespace + "/" + vm);
    page.locator("#tab-snapshots").click();
    tree().waitFor();
    return this;
  }

  public Locator tree() {
    return page.locator("#snapshot-tree");
  }

  public Locator snapshot(String name) {
    return tree().locator("[data-snapshot='" + name + "']");
  }

  /** The row cells of a snapshot, as text: name, description, created, status, ... */
  public Locator row(String name) {
    return tree()
        .locator("vaadin-grid-cell-content")
        .filter(new Locator.FilterOptions().setHasText(name));
  }

  /** Clicks a snapshot's name in the tree, as a user picking it would. */
  public void clickName(String name) {
    snapshot(name).locator(".snapshot-name").click();
  }

  public Locator youAreHere() {
    return tree().locator("#snapshot-you-are-here");
  }

  /** Selects a snapshot's row by clicking its Created column (the name cell toggles the branch). */
  public void select(String name) {
    Locator label = snapshot(name);
    for (int attempt = 0; attempt < 8; attempt++) {
      // the live tree may re-render between finding the row, measuring it and the click
      try {
        label.waitFor();
        label.scrollIntoViewIfNeeded();
        var row = label.boundingBox();
        var grid = tree().boundingBox();
        if (row != null && grid != null) {
          page.mouse().click(grid.x + grid.width * 0.45, row.y + row.height / 2);
          if (selectionTaken()) {
            return;
          }
        }
      } catch (PlaywrightException detached) {
        // the row was replaced while we measured it: find it again
      }
    }
    throw new IllegalStateException("The snapshot row " + name + " could not be selected");
  }

  private boolean selectionTaken() {
    try {
      PlaywrightAssertions.assertThat(page.locator("#snapshot-delete"))
          .isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(3_000));
      return true;
    } catch (AssertionError notYet) {
      return false;
    }
  }

  /** Takes a snapshot with this name and description from the Take snapshot dialog. */
  public void take(String name, String description) {
    page.locator("#snapshot-take").click();
    page.locator("#snapshot-name input").fill(name);
    page.locator("#snapshot-description textarea").fill(description);
    page.locator("#take-confirm").click();
  }

  /** The Take snapshot dialog. */
  public Locator takeDialog() {
    return page.locator("#take-snapshot");
  }

  /** The Take snapshot dialog's name field, with its error message. */
  public Locator nameField() {
    return page.locator("#snapshot-name");
  }

  public Locator nameInput() {
    return page.locator("#snapshot-name input");
  }

  public Locator descriptionInput() {
    return page.locator("#snapshot-description textarea");
  }

  /** The commands an open dialog's "Show the Kubernetes" shows. */
  public Locator teachCommands() {
    return page.locator("#teach-commands");
  }

  public Locator deleteText() {
    return page.locator("#delete-text");
  }

  public Locator notification() {
    return page.locator("vaadin-notification-card");
  }

  /** The inventory-wide snapshot list ({@code /snapshots}) and its count line. */
  public Locator list() {
    return page.locator("#snapshot-list");
  }

  public Locator listCount() {
    return page.locator("#snapshot-list-count");
  }

  public Locator takeNote() {
    return page.locator("#snapshot-note");
  }

  public Locator button(String id) {
    return page.locator("#snapshot-" + id);
  }

  public Locator revertText() {
    return page.locator("#revert-text");
  }

  public Locator dialogButton(String id) {
    return page.locator("#" + id);
  }

  public Locator recentTasks() {
    return page.locator("#recent-tasks-grid");
  }

  /** Drags a snapshot row onto the VM's revert drop target. */
  public void dragSnapshotOntoVm(String snapshot) {
    snapshot(snapshot).dragTo(page.locator("#snapshot-revert-target"));
  }

  public Locator takeTarget() {
    return page.locator("#snapshot-take-target");
  }

  /** Starts dragging a VM from the navigator tree over the Take snapshot target, button held. */
  public void hoverVmOverTakeTarget(String namespace, String vm) {
    InventoryPage navigator = new InventoryPage(page).expandFolder(namespace);
    Locator node = navigator.treeNode(vm).first();
    node.waitFor();
    takeTarget().scrollIntoViewIfNeeded();
    BoundingBox target = takeTarget().boundingBox();
    if (target == null) {
      throw new IllegalStateException("The Take snapshot target is not shown");
    }
    node.hover();
    page.mouse().down();
    page.mouse().move(target.x + 10, target.y + 5, new Mouse.MoveOptions().setSteps(10));
    page.mouse()
        .move(
            target.x + target.width / 2,
            target.y + target.height / 2,
            new Mouse.MoveOptions().setSteps(5));
  }

  public void releaseMouse() {
    page.mouse().up();
  }
}
