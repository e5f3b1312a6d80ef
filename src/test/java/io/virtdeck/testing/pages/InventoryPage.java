package io.virtdeck.testing.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.KeyboardModifier;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/** The landing view: navigator tree, VM grid, filter, Recent Tasks. */
public class InventoryPage {

  private final Page page;

  public InventoryPage(Page page) {
    this.page = page;
  }

  public InventoryPage open(String baseUrl) {
    page.navigate(baseUrl + "/");
    grid().waitFor();
    return this;
  }

  public Locator grid() {
    return page.locator("#vm-grid");
  }

  public Locator tree() {
    return page.locator("#vm-tree");
  }

  /** Clicks the sort control in the header of a grid column, as a user does (no Shift). */
  public InventoryPage sortBy(String header) {
    sorter(header).click();
    return this;
  }

  /** Shift+clicks the sort control of a grid column: sorts by it as well. */
  public InventoryPage thenSortBy(String header) {
    sorter(header).click(new Locator.ClickOptions().setModifiers(List.of(KeyboardModifier.SHIFT)));
    return this;
  }

  /** The sort control of a grid column; its {@code _order} is 0 for the first sort, 1, ... */
  public Locator sorter(String header) {
    return grid()
        .locator("vaadin-grid-sorter")
        .filter(new Locator.FilterOptions().setHasText(header))
        .first();
  }

  /** The grid's sort controls that currently sort (have a direction). */
  public Locator activeSorters() {
    return grid().locator("vaadin-grid-sorter[direction]");
  }

  /** The inventory's title: the datacenter or the folder shown. */
  public Locator title() {
    return page.locator(".vm-list-view h2").first();
  }

  public Locator count() {
    return page.locator("#vm-count");
  }

  public Locator userMenu() {
    return page.locator("#user-menu");
  }

  /** Opens the user menu and signs out. */
  public void signOut() {
    signOut("Sign out");
  }

  /**
   * Signs out through the user menu whose item reads {@code label} (its text in the UI's language).
   */
  public void signOut(String label) {
    userMenu().locator("vaadin-menu-bar-button").first().click();
    page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(label)).click();
  }

  /** Picks a language in the header's switch by its label; the page reloads in it. */
  public InventoryPage chooseLanguage(String label) {
    page.locator("#language").click();
    page.locator("vaadin-select-item").getByText(label).click();
    return this;
  }

  /** The global search box, whose placeholder is in the UI's language. */
  public Locator globalSearch() {
    return page.locator("#global-search input");
  }

  /** Types into the header's global search and presses Enter. */
  public InventoryPage search(String text) {
    page.locator("#global-search input").fill(text);
    page.locator("#global-search input").press("Enter");
    return this;
  }

  public Locator userGroups() {
    return page.getByRole(AriaRole.MENUITEM).filter(new Locator.FilterOptions().setHasText("roup"));
  }

  public Locator recentTasks() {
    return page.locator("#recent-tasks");
  }

  /** A grid cell holding exactly this text. */
  public Locator gridCell(String text) {
    return grid()
        .locator("vaadin-grid-cell-content")
        .getByText(text, exactText())
        .filter(new Locator.FilterOptions().setVisible(true))
        .first();
  }

  /** The power-state icon in the grid row of a VM. */
  public Locator powerIconInGrid(String vmName) {
    return grid()
        .locator("vaadin-grid-cell-content .vm-name")
        .filter(new Locator.FilterOptions().setHasText(vmName).setVisible(true))
        .first()
        .locator(".power-icon");
  }

  /** Switches the navigator back to the VMs and Templates tree. */
  public InventoryPage openNavigatorTab() {
    page.locator("#navigator [aria-label='VMs and Templates']").click();
    tree().waitFor();
    return this;
  }

  /** What the VM list says when the user's rights changed while it was open. */
  public Locator scopeRevoked() {
    return page.locator("#scope-revoked");
  }

  /** A shown node of the VMs tree (the grid keeps rows it no longer needs, hidden). */
  public Locator treeNode(String text) {
    return tree()
        .locator(".tree-label")
        .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
  }

  public InventoryPage filter(String text) {
    page.locator("#vm-filter input").fill(text);
    return this;
  }

  public VmSummaryPage openVm(String name) {
    gridCell(name).click();
    return new VmSummaryPage(page).waitUntilShown(name);
  }

  /** Expands a folder of the tree by its toggle, as a user clicks the arrow. */
  /**
   * Expands the folder in the navigator tree. A click that lands while the tree renders its rows
   * again (a live update) can be lost: the toggle is clicked again when it has not shown itself
   * expanded within 5 s, three clicks at most.
   */
  public InventoryPage expandFolder(String namespace) {
    Locator toggle =
        tree()
            .locator("vaadin-grid-tree-toggle")
            .filter(new Locator.FilterOptions().setHasText(namespace + " ("))
            .first();
    for (int click = 1; ; click++) {
      toggle.click(new Locator.ClickOptions().setPosition(6, 12));
      try {
        assertThat(toggle)
            .hasAttribute(
                "expanded", Pattern.compile(".*"), new HasAttributeOptions().setTimeout(5_000));
        return this;
      } catch (AssertionFailedError notExpanded) {
        if (click == 3) {
          throw notExpanded;
        }
      }
    }
  }

  public InventoryPage openFolder(String namespace) {
    treeNode(namespace).first().locator("a").click();
    page.waitForURL("**/?folder=" + namespace);
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(namespace)).waitFor();
    return this;
  }

  public void screenshot(Path file) {
    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
  }

  private static Locator.GetByTextOptions exactText() {
    return new Locator.GetByTextOptions().setExact(true);
  }

  /** The first grid cell whose text contains {@code text}. */
  public Locator firstGridCellWith(String text) {
    return grid().locator("vaadin-grid-cell-content").getByText(text).first();
  }

  /** The power-state icon of a VM's node in the navigator tree. */
  public Locator powerIconInTree(String vmName) {
    return treeNode(vmName).locator(".power-icon");
  }

  /** The header's language switch. */
  public Locator languageSwitch() {
    return page.locator("#language");
  }
}
