package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The Edit Settings dialog of a VM, opened from its header. */
public class EditSettingsPage {

  private final Page page;

  public EditSettingsPage(Page page) {
    this.page = page;
  }

  /** Opens the dialog with the VM header's Edit Settings… button. */
  public EditSettingsPage open() {
    page.locator("#action-edit-settings").click();
    // the dialog's host element stays hidden; its content shows in an overlay
    field("sockets").waitFor();
    return this;
  }

  public Locator dialog() {
    return page.locator("#edit-settings");
  }

  public Locator button() {
    return page.locator("#action-edit-settings");
  }

  /** A field by its name: sockets, cores, threads, memory, description, labels, annotations. */
  public Locator field(String name) {
    return page.locator("#edit-" + name);
  }

  /** Types into a field and leaves it, so that the dialog checks it. */
  public EditSettingsPage type(String name, String text) {
    Locator input = field(name).locator("input, textarea").first();
    input.fill(text);
    input.blur();
    return this;
  }

  public Locator effects() {
    return page.locator("#edit-effects");
  }

  public Locator showKubernetes() {
    page.locator("#edit-show-kubernetes").click();
    return page.locator("#edit-show-kubernetes");
  }

  public void confirm() {
    page.locator("#edit-confirm").click();
  }
}
