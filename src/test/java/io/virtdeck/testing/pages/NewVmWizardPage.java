package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The New Virtual Machine wizard, opened from the VM list's title bar. */
public class NewVmWizardPage {

  private final Page page;

  public NewVmWizardPage(Page page) {
    this.page = page;
  }

  /** Opens the wizard with the VM list's New Virtual Machine… button. */
  public NewVmWizardPage open() {
    page.locator("#action-new-vm").click();
    // the dialog's host element stays hidden; its content shows in an overlay
    field("name").waitFor();
    return this;
  }

  /** Waits for the wizard opened some other way (New VM from This Template… in a menu). */
  public NewVmWizardPage opened() {
    field("name").waitFor();
    return this;
  }

  /** The dialog's element, whose {@code headerTitle} property holds its title. */
  public Locator dialog() {
    return page.locator("#new-vm");
  }

  /**
   * A field by its name: name, folder, instance-type, cpus, memory, preference, source, boot-image,
   * datastore, size, disks, networks, hostname, user, password, ssh-keys.
   */
  public Locator field(String name) {
    return page.locator("#new-vm-" + name);
  }

  /** The input of a text field or combo box, to read its value. */
  public Locator input(String name) {
    return field(name).locator("input").first();
  }

  /** Types into a text field. */
  public NewVmWizardPage type(String name, String text) {
    field(name).locator("input, textarea").first().fill(text);
    return this;
  }

  /** The step in the list on the left, such as "storage". */
  public Locator step(String name) {
    return page.locator("#new-vm-step-" + name);
  }

  public NewVmWizardPage next() {
    page.locator("#new-vm-next").click();
    return this;
  }

  public Locator summary() {
    return page.locator("#new-vm-summary");
  }

  public Locator yaml() {
    return page.locator("#new-vm-yaml");
  }

  public Locator commands() {
    return page.locator("#new-vm-commands");
  }

  public void finish() {
    page.locator("#new-vm-finish").click();
  }

  public Locator button() {
    return page.locator("#action-new-vm");
  }
}
