package io.virtdeck.testing.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The Storage tree, a datastore's Summary and Files, disk drags, and a VM's hard disks. */
public class StoragePage {

  private final Page page;
  private double lastX;
  private double lastY;

  public StoragePage(Page page) {
    this.page = page;
  }

  public StoragePage openNavigatorTab() {
    page.locator("#navigator [aria-label='Storage']").click();
    page.locator("#storage-tree").waitFor();
    return this;
  }

  public StoragePage openDatastore(String name) {
    page.locator("#storage-tree .tree-label[data-node='datastore/" + name + "'] a").click();
    page.locator("#datastore-summary").waitFor();
    return this;
  }

  /** Opens a datastore's page by its address, not through the navigator. */
  public StoragePage openDatastoreByAddress(String baseUrl, String name) {
    page.navigate(baseUrl + "/datastore/" + name);
    page.locator("#datastore").waitFor();
    return this;
  }

  /** A datastore's shown node in the Storage tree (the grid keeps unneeded rows, hidden). */
  public Locator datastoreNode(String name) {
    return tree()
        .locator(".tree-label[data-node='datastore/" + name + "']")
        .filter(new Locator.FilterOptions().setVisible(true));
  }

  /** The Storage tree, visible only while its navigator tab is selected. */
  public Locator tree() {
    return page.locator("#storage-tree");
  }

  public Locator summaryValue(String label) {
    return page.locator("#datastore .property-row[data-label='" + label + "'] .property-value");
  }

  public Locator files() {
    page.locator("#tab-ds-files").click();
    return page.locator("#datastore-files");
  }

  /** Opens a disk's YAML from its row in VMs and Files ({@code key}: namespace/name). */
  public YamlTabPage diskYaml(String key) {
    files().locator("[data-yaml='" + key + "']").click();
    page.locator("#disk-yaml-dialog-close").waitFor(); // the dialog host stays hidden
    return new YamlTabPage(page);
  }

  /** Shows the VMs tree of the navigator with a folder expanded (the datastore view stays). */
  public StoragePage showVmFolder(String namespace) {
    page.locator("#navigator [aria-label='VMs and Templates']").click();
    new InventoryPage(page).expandFolder(namespace);
    vmNode(namespace, "").first().waitFor();
    return this;
  }

  public Locator vmNode(String namespace, String vm) {
    return page.locator("#vm-tree .tree-label[data-node^='VM/" + namespace + "/" + vm + "']");
  }

  /** Starts dragging a disk of the Files list over a VM of the tree, leaving the button down. */
  public void dragDiskOver(String diskKey, String namespace, String vm) {
    Locator cell =
        page.locator("#datastore-files vaadin-grid-cell-content")
            .getByText(diskKey, new Locator.GetByTextOptions().setExact(true))
            .first();
    Locator node = vmNode(namespace, vm).first();
    BoundingBox target = null;
    for (int attempt = 0; attempt < 5 && target == null; attempt++) {
      node.waitFor();
      target = node.boundingBox();
    }
    if (target == null) {
      throw new IllegalStateException("The VM " + vm + " never settled");
    }
    cell.hover();
    page.mouse().down();
    page.mouse().move(target.x + 10, target.y + 5, new Mouse.MoveOptions().setSteps(10));
    page.mouse().move(target.x + 20, target.y + 8, new Mouse.MoveOptions().setSteps(5));
    lastX = target.x;
    lastY = target.y;
  }

  /** Moves the dragged disk a little, once drop targets know what is dragged. */
  public void nudge() {
    page.mouse().move(lastX + 4, lastY + 2, new Mouse.MoveOptions().setSteps(5));
    page.mouse().move(lastX + 20, lastY + 8, new Mouse.MoveOptions().setSteps(5));
  }

  public void releaseMouse() {
    page.mouse().up();
  }

  public Locator refusedReason(String namespace, String vm) {
    return vmNode(namespace, vm).locator(".drop-refused");
  }

  public Locator attachEffect() {
    return page.locator("#attach-disk-effect");
  }

  /** Confirms the attach and waits until the server has taken it (the dialog closes). */
  public void confirmAttach() {
    Locator confirm = page.locator("#attach-disk-confirm");
    confirm.click();
    confirm.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
  }

  /** VM → Configure → hard disks. */
  public Locator vmDisks() {
    page.locator("#tab-configure").click();
    return page.locator("#vm-disks-grid");
  }

  /** Opens Expand for a disk of the VM and asks for a size. */
  public void expand(String disk, String size) {
    page.locator("#vm-disks-grid [data-expand='" + disk + "']").click();
    page.locator("#expand-disk-size input").fill(size);
    page.locator("#expand-disk-size input").press("Tab");
    page.locator("#expand-disk-confirm").click();
  }

  /** The problem shown on the Expand dialog's size field (where a size's problems are shown). */
  public Locator expandProblems() {
    return page.locator("#expand-disk-size [slot=error-message]");
  }

  public Locator recentTasks() {
    return page.locator("#recent-tasks-grid");
  }

  public Locator capacityBar() {
    return page.locator("#datastore-capacity-bar");
  }

  /** A file of the datastore marked as orphaned (no VM uses it), by namespace/name. */
  public Locator orphaned(String diskKey) {
    return page.locator("[data-orphaned='" + diskKey + "']");
  }

  public Locator attachDialog() {
    return page.locator("#attach-disk");
  }

  /** Opens the Attach dialog's "Show the Kubernetes". */
  public void showAttachKubernetes() {
    page.locator("#attach-disk-show-kubernetes").click();
  }

  public Locator attachCommands() {
    return page.locator("#attach-disk #teach-commands");
  }

  /** Asks the open Expand dialog for another size and confirms. */
  public void expandAgain(String size) {
    page.locator("#expand-disk-size input").fill(size);
    page.locator("#expand-disk-size input").press("Tab");
    page.locator("#expand-disk-confirm").click();
  }
}
