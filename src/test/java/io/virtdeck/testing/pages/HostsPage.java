package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

/** The Hosts and Clusters tree, a host's page, and the Migrate and maintenance dialogs. */
public class HostsPage {

  private final Page page;

  public HostsPage(Page page) {
    this.page = page;
  }

  /** Switches the navigator to the Hosts and Clusters tree. */
  public HostsPage openNavigatorTab() {
    page.locator("#navigator [aria-label='Hosts and Clusters']").click();
    page.locator("#host-tree").waitFor();
    return this;
  }

  public Locator hostNode(String host) {
    return page.locator("#host-tree .tree-label[data-node='host/" + host + "']");
  }

  /** The host the only VM in the (filtered) VM grid runs on, as the grid shows it. */
  public String hostOfFilteredVm() {
    Locator row =
        page.locator("#vm-grid vaadin-grid-cell-content")
            .filter(
                new Locator.FilterOptions()
                    .setHasText(java.util.regex.Pattern.compile("^worker-\\d+$")));
    row.first().waitFor();
    return row.first().textContent().strip();
  }

  /** Drags the VM's row in the grid onto the host in the Hosts tree and lets go. */
  public void dragVmOntoHost(String vmName, String host) {
    Locator row =
        page.locator("#vm-grid vaadin-grid-cell-content .vm-name")
            .filter(new Locator.FilterOptions().setHasText(vmName).setVisible(true))
            .first();
    Locator node = hostNode(host);
    BoundingBox target = null;
    for (int attempt = 0; attempt < 5 && target == null; attempt++) {
      node.waitFor(); // the live tree may re-render between finding and measuring: measure again
      target = node.boundingBox();
    }
    if (target == null) {
      throw new IllegalStateException("The host " + host + " never settled");
    }
    row.hover();
    page.mouse().down();
    page.mouse().move(target.x + 10, target.y + 5, new Mouse.MoveOptions().setSteps(10));
    page.mouse().move(target.x + 20, target.y + 8, new Mouse.MoveOptions().setSteps(5));
    page.mouse().up();
  }

  /** Right-clicks the VM's row in the grid and returns the Actions menu's item {@code action}. */
  public Locator contextMenuItem(String vmName, String action) {
    page.locator("#vm-grid vaadin-grid-cell-content .vm-name")
        .filter(new Locator.FilterOptions().setHasText(vmName).setVisible(true))
        .first()
        .click(
            new Locator.ClickOptions()
                .setButton(com.microsoft.playwright.options.MouseButton.RIGHT));
    return page.locator("vaadin-context-menu-item[data-action='" + action + "']");
  }

  /** The fate of each VM in the Migrate dialog for several VMs. */
  public Locator migrateVms() {
    return page.locator("#migrate-vms");
  }

  public void cancelMigrate() {
    page.keyboard().press("Escape");
    migrateDialog()
        .waitFor(
            new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
  }

  public Locator migrateDialog() {
    return page.locator("#migrate-dialog");
  }

  public void confirmMigrate() {
    page.locator("#migrate-ok").click();
  }

  public HostsPage openHost(String baseUrl, String host) {
    page.navigate(baseUrl + "/host/" + host);
    page.locator("#host-state").waitFor();
    return this;
  }

  public Locator state() {
    return page.locator("#host-state");
  }

  /** Opens Enter Maintenance Mode… (the confirmation). */
  public void openMaintenanceDialog() {
    page.locator("#action-enter-maintenance").click();
    page.locator("#maintenance-ok").waitFor();
  }

  /** Chooses what happens to VMs that cannot live-migrate (offered only when there are such). */
  public void chooseOption(String option) {
    Locator choice =
        page.locator("#maintenance-option vaadin-radio-button")
            .filter(new Locator.FilterOptions().setHasText(option));
    if (choice.count() > 0 && choice.first().isVisible()) {
      choice.first().click();
    }
  }

  public void confirmMaintenance() {
    page.locator("#maintenance-ok").click();
  }

  public Locator maintenanceVms() {
    return page.locator("#maintenance-vms");
  }

  public Locator drainSummary() {
    return page.locator("#drain-summary");
  }

  /** Opens the host's VMs tab: the VM grid filtered to the host. */
  public Locator openVms() {
    page.locator("#host-tab-vms").click();
    return page.locator("#host-vms");
  }

  public void openSummary() {
    page.locator("#host-tab-summary").click();
  }

  /** Opens the host's Events tab. */
  public Locator openEvents() {
    page.locator("#host-tab-events").click();
    return page.locator("#host-events");
  }

  public void exitMaintenance() {
    page.locator("#action-exit-maintenance").click();
    page.locator("#exit-maintenance-ok").click();
  }
}
