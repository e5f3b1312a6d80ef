package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A VM's Summary tab. */
public class VmSummaryPage {

  private final Page page;

  public VmSummaryPage(Page page) {
    this.page = page;
  }

  /** Opens a VM's page directly by its address. */
  public static VmSummaryPage open(Page page, String baseUrl, String namespace, String name) {
    page.navigate(baseUrl + "/vm/" + namespace + "/" + name);
    return new VmSummaryPage(page).waitUntilShown(name);
  }

  /** Selects a tab of the VM view by its id (tab-configure, tab-monitor, tab-snapshots, ...). */
  public VmSummaryPage openTab(String tabId) {
    page.locator("#" + tabId).click();
    return this;
  }

  public VmSummaryPage openSummaryTab() {
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Summary")).click();
    return this;
  }

  /** Configure → network adapters. */
  public Locator nics() {
    return page.locator("#vm-nics-grid");
  }

  /** Configure → hard disks. */
  public Locator disks() {
    return page.locator("#vm-disks-grid");
  }

  /** Monitor → Events. */
  public Locator events() {
    return page.locator("#vm-events");
  }

  /** The Snapshot Manager's Take snapshot button. */
  public Locator takeSnapshot() {
    return page.locator("#snapshot-take");
  }

  VmSummaryPage waitUntilShown(String name) {
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)).waitFor();
    return this;
  }

  public Locator powerState() {
    return page.locator("#vm-power-state");
  }

  /** The value next to a label in any Summary card. */
  public Locator value(String label) {
    return page.locator(".property-row[data-label='" + label + "'] .property-value");
  }

  public Locator hardware() {
    return page.locator("#vm-hardware-card");
  }

  /** The VM's Summary tab. */
  public Locator summary() {
    return page.locator("#vm-summary");
  }
}
