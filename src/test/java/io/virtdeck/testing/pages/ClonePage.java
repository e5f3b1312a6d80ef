package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The Clone dialog, opened from a VM header's Actions menu or the Snapshot Manager. */
public class ClonePage {

  private final Page page;

  public ClonePage(Page page) {
    this.page = page;
  }

  /** Opens the dialog through ACTIONS → Clone…. */
  public ClonePage open() {
    page.locator("#vm-actions-menu vaadin-menu-bar-button").first().click();
    page.locator("#vm-menu-clone").click();
    // the dialog's host element stays hidden; its content shows in an overlay
    field("name").waitFor();
    return this;
  }

  /** Waits for the dialog opened by a menu entry (Clone to Template…). */
  public ClonePage opened() {
    field("name").waitFor();
    return this;
  }

  /** The dialog itself (its header title is a property). */
  public Locator dialog() {
    return page.locator("#clone-dialog");
  }

  /** Opens the dialog with the Snapshot Manager's button, for the selected snapshot. */
  public ClonePage openFromSnapshotManager() {
    page.locator("#snapshot-clone").click();
    field("name").waitFor();
    return this;
  }

  /** A field by its name: name, folder, new-macs, new-serial, labels, annotations. */
  public Locator field(String name) {
    return page.locator("#clone-" + name);
  }

  /** The new VM name's input. */
  public Locator nameInput() {
    return field("name").locator("input");
  }

  /** The folder's input: the source's namespace, read-only. */
  public Locator folderInput() {
    return field("folder").locator("input");
  }

  /** Types into a field and leaves it, so that the dialog checks it. */
  public ClonePage type(String name, String text) {
    Locator input = field(name).locator("input, textarea").first();
    input.fill(text);
    input.blur();
    return this;
  }

  /** Opens "Show me the Kubernetes": the VirtualMachineClone and its kubectl commands. */
  public Locator showKubernetes() {
    page.locator("#clone-show-kubernetes").click();
    return page.locator("#clone-show-kubernetes");
  }

  public void confirm() {
    page.locator("#clone-confirm").click();
  }
}
