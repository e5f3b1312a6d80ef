package io.virtdeck.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.SnapshotsPage;
import io.virtdeck.testing.pages.StoragePage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a newcomer met in the browser: selection, navigation and empty lists that say why. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/live-panels.kubeconfig"
    })
class UiPolishE2E extends BrowserTest {

  @LocalServerPort int port;

  @BeforeEach
  void beTolerantOfABusyMachine() {
    page.setDefaultTimeout(60_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private InventoryPage signIn(String user) {
    return new LoginPage(page).open(base()).signIn(user);
  }

  @Test
  void clickingASnapshotsNameSelectsItAndKeepsItsBranchOpen() {
    signIn("operator");
    SnapshotsPage snapshots = new SnapshotsPage(page).open(base(), "shop", "app-01");
    // the "You are here" marker hangs below the snapshot it follows
    assertThat(snapshots.youAreHere()).isVisible();

    snapshots.clickName("app-01-before-upgrade");

    assertThat(snapshots.button("delete")).isEnabled();
    assertThat(snapshots.youAreHere()).isVisible();
  }

  @Test
  void aDatastorePageShowsTheStorageTreeInTheNavigator() {
    signIn("admin");

    StoragePage storage = new StoragePage(page).openDatastoreByAddress(base(), "ceph-rbd");

    assertThat(storage.tree()).isVisible();
  }

  @Test
  void aFilterWithNoMatchSaysSo() {
    InventoryPage inventory = signIn("admin");

    inventory.filter("zz-no-such-vm");

    assertThat(inventory.grid().getByText("No virtual machine matches \"zz-no-such-vm\""))
        .isVisible();
  }

  @Test
  void helpdesksDatastoreFilesSayWhyTheyAreEmpty() {
    signIn("helpdesk");

    StoragePage storage = new StoragePage(page).openDatastoreByAddress(base(), "ceph-rbd");

    assertThat(storage.files().getByText("does not let you list disks")).isVisible();
  }

  @Test
  void theVmGridFitsA1600PixelWindowWithoutScrollingSideways() {
    InventoryPage inventory = signIn("admin");
    assertThat(inventory.gridCell("web-01")).isVisible();

    Object overflow =
        inventory.grid().evaluate("grid => grid.$.table.scrollWidth - grid.$.table.clientWidth");

    org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
        .isLessThanOrEqualTo(1);
  }

  @Test
  void theInventoryTitleAndCountKeepOneLineBesideTheActions() {
    InventoryPage inventory = signIn("admin");
    assertThat(inventory.gridCell("web-01")).isVisible();

    page.screenshot(
        new com.microsoft.playwright.Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("inventory-header.png")));
    double titleHeight = inventory.title().boundingBox().height;
    double countHeight = inventory.count().boundingBox().height;
    double lineHeight =
        ((Number) inventory.title().evaluate("h => parseFloat(getComputedStyle(h).lineHeight)"))
            .doubleValue();

    org.assertj.core.api.Assertions.assertThat(titleHeight).isLessThan(lineHeight * 1.5);
    org.assertj.core.api.Assertions.assertThat(countHeight)
        .isLessThan(
            ((Number) inventory.count().evaluate("c => parseFloat(getComputedStyle(c).lineHeight)"))
                    .doubleValue()
                * 1.5);
  }
}
