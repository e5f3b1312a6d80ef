package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The Networking tree, port group views and dialogs, and a VM's network adapters. */
public class NetworkPage {

  private final Page page;

  public NetworkPage(Page page) {
    this.page = page;
  }

  /** Switches the navigator to the Networking tree. */
  public NetworkPage openNavigatorTab() {
    page.locator("#navigator [aria-label='Networking']").click();
    tree().waitFor();
    return this;
  }

  public Locator tree() {
    return page.locator("#network-tree");
  }

  /** A shown port group node (the tree grid keeps rows it no longer needs, hidden). */
  public Locator portGroupNode(String namespace, String name) {
    return tree()
        .locator(".tree-label[data-node='PORT_GROUP/" + namespace + "/" + name + "']")
        .filter(new Locator.FilterOptions().setVisible(true));
  }

  public void openPortGroup(String namespace, String name) {
    portGroupNode(namespace, name).locator("a").click();
    page.locator("#port-group-summary").waitFor();
  }

  public Locator summaryValue(String label) {
    return page.locator(
        "#port-group-summary .property-row[data-label='" + label + "'] .property-value");
  }

  public Locator connectedVms() {
    page.locator("#tab-pg-vms").click();
    return page.locator("#port-group-vms");
  }

  /** Fills the New port group dialog (null VLAN/MTU left empty) and asks to create it. */
  public void createPortGroup(String name, String namespace, String vlan, String mtu) {
    page.locator("#new-port-group").click();
    page.locator("#new-pg-name input").fill(name);
    choose("#new-pg-namespace", namespace);
    page.locator("#new-pg-vlan input").fill(vlan);
    page.locator("#new-pg-mtu input").fill(mtu);
    page.locator("#new-pg-mtu input").press("Tab");
    page.locator("#new-pg-create").click();
  }

  public Locator newPortGroupProblems() {
    return page.locator("#new-pg-problems");
  }

  /** The error message shown on the New port group dialog's VLAN field. */
  public Locator newPortGroupVlanError() {
    return page.locator("#new-pg-vlan [slot=error-message]");
  }

  public Locator newPortGroupPreview() {
    return page.locator("#new-pg-preview #teach-commands");
  }

  public void fixVlanAndCreate(String vlan) {
    page.locator("#new-pg-vlan input").fill(vlan);
    page.locator("#new-pg-vlan input").press("Tab");
    page.locator("#new-pg-create").click();
  }

  /** VM → Configure → network adapters. */
  public Locator vmNics() {
    page.locator("#tab-configure").click();
    return page.locator("#vm-nics-grid");
  }

  /** "Connect to port group…" with the keyboard-friendly dialog. */
  public void connectToPortGroup(String portGroup, String nicName) {
    page.locator("#connect-to-port-group").click();
    choose("#add-nic-port-group", portGroup);
    page.locator("#add-nic-name input").fill(nicName);
    page.locator("#add-nic-name input").press("Tab");
  }

  public Locator addNicEffect() {
    return page.locator("#add-nic-effect");
  }

  public void confirmAddNic() {
    page.locator("#add-nic-confirm").click();
  }

  /** Starts dragging a VM over a port group, leaving the mouse button down. */
  public void hoverVmOver(String vmName, String namespace, String portGroup) {
    Locator row =
        page.locator("#vm-grid vaadin-grid-cell-content .vm-name")
            .filter(new Locator.FilterOptions().setHasText(vmName).setVisible(true))
            .first();
    Locator node = portGroupNode(namespace, portGroup);
    com.microsoft.playwright.options.BoundingBox target = null;
    for (int attempt = 0; attempt < 5 && target == null; attempt++) {
      // the live tree may re-render between finding the node and measuring it: measure again
      node.waitFor();
      target = node.boundingBox();
    }
    if (target == null) {
      throw new IllegalStateException("The port group " + portGroup + " never settled");
    }
    row.hover();
    page.mouse().down();
    page.mouse()
        .move(
            target.x + 10,
            target.y + 5,
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
    page.mouse()
        .move(
            target.x + 20,
            target.y + 8,
            new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
  }

  public void releaseMouse() {
    page.mouse().up();
  }

  public Locator refusedReason(String namespace, String portGroup) {
    return portGroupNode(namespace, portGroup).locator(".drop-refused");
  }

  private void choose(String comboBox, String value) {
    page.locator(comboBox + " input").fill(value);
    page.locator("vaadin-combo-box-item")
        .filter(new Locator.FilterOptions().setHasText(value))
        .first()
        .click();
  }

  public Locator recentTasks() {
    return page.locator("#recent-tasks-grid");
  }

  public Locator addNicPortGroupInput() {
    return page.locator("#add-nic-port-group input");
  }

  public Locator addNicModel() {
    return page.locator("#add-nic-model");
  }

  /** Opens the Add network adapter dialog's "Show the Kubernetes". */
  public void showAddNicKubernetes() {
    page.locator("#add-nic-show-kubernetes").click();
  }

  public Locator addNicCommands() {
    return page.locator("#add-nic #teach-commands");
  }
}
