package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Alarm triangles in the trees and the grid, an Alarms tab, and the "All issues" page. */
public class AlarmsPage {

  private final Page page;

  public AlarmsPage(Page page) {
    this.page = page;
  }

  /** The triangle beside a VM's name in the VM grid ({@code data-mark}: warning or critical). */
  public Locator markInGrid(String vmName) {
    return page.locator("#vm-grid vaadin-grid-cell-content .vm-name")
        .filter(new Locator.FilterOptions().setHasText(vmName).setVisible(true))
        .first()
        .locator(".object-mark");
  }

  /** The triangle beside an object's name in the open navigator tree. */
  public Locator markInTree(String name) {
    return page.locator(".inventory-tree .tree-label")
        .filter(new Locator.FilterOptions().setHasText(name))
        .first()
        .locator(".object-mark");
  }

  /** Opens the Alarms tab of the open VM, host, folder or datacenter page. */
  public AlarmsPage openTab() {
    page.locator("#tab-alarms").click();
    page.locator(".alarms-panel").first().waitFor();
    return this;
  }

  /** Opens a datastore's page. */
  public AlarmsPage openDatastore(String baseUrl, String name) {
    page.navigate(baseUrl + "/datastore/" + name);
    page.locator("#datastore").waitFor();
    return this;
  }

  /** The shown Alarms panel. */
  public Locator panel() {
    return page.locator(".alarms-panel").filter(new Locator.FilterOptions().setVisible(true));
  }

  /** Opens "All issues" from the header's link. */
  public AlarmsPage openAllIssues() {
    page.locator("#issues-link").click();
    page.locator("#issues-view").waitFor();
    return this;
  }

  /** The header's count of alarms not acknowledged. */
  public Locator openCount() {
    return page.locator("#issues-count");
  }

  /** The shown alarms grid's cells that hold {@code text}. */
  public Locator cell(String text) {
    return page.locator("#alarms-grid vaadin-grid-cell-content")
        .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
  }

  /** Acknowledges the alarm whose id starts with {@code idPrefix} (e.g. prometheus/NAME/). */
  public AlarmsPage acknowledge(String idPrefix) {
    acknowledgeButton(idPrefix).click();
    return this;
  }

  public Locator acknowledgeButton(String idPrefix) {
    return page.locator("#alarms-grid .alarm-acknowledge[data-alarm^=\"" + idPrefix + "\"]")
        .first();
  }
}
