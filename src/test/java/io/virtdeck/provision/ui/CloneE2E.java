package io.virtdeck.provision.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.ClonePage;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.SnapshotsPage;
import io.virtdeck.testing.pages.VmActionsPage;
import io.virtdeck.testing.pages.VmMenuPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clone… in the browser: the operator clones a stopped VM from its Actions menu (bad names refused
 * in a sentence, the VirtualMachineClone shown), the task completes and the new VM is in the
 * inventory; a snapshot is cloned from the Snapshot Manager; the helpdesk is not offered Clone….
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/clone.kubeconfig"
    })
class CloneE2E extends BrowserTest {

  private static final LocatorAssertions.ContainsTextOptions PATIENT =
      new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void operatorClonesAStoppedVmAndTheNewVmAppears() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("operator");
    VmSummaryPage.open(page, base(), "shop", "db-01");
    ClonePage clone = new ClonePage(page).open();

    assertThat(clone.folderInput()).hasValue("shop");
    clone.type("name", "DB_Copy");
    assertThat(clone.field("name")).containsText("is not a valid name");
    clone.type("name", "web-01");
    assertThat(clone.field("name")).containsText("already has a virtual machine named web-01");
    clone.type("name", "db-01-copy").type("labels", "*\n!tier");
    assertThat(clone.showKubernetes()).containsText("VirtualMachineClone");
    assertThat(clone.showKubernetes()).containsText("!tier");
    assertThat(clone.showKubernetes()).containsText("kubectl create -f -");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("clone.png")));
    clone.confirm();

    VmActionsPage actions = new VmActionsPage(page);
    assertThat(actions.recentTasks()).containsText("Clone virtual machine");
    assertThat(actions.recentTasks()).containsText("Completed", PATIENT);
    inventory.open(base());
    assertThat(inventory.gridCell("db-01-copy")).isVisible();
    VmSummaryPage copy = VmSummaryPage.open(page, base(), "shop", "db-01-copy");
    assertThat(copy.powerState()).hasText("Powered Off");
  }

  @Test
  void operatorClonesASnapshotFromTheSnapshotManager() {
    new LoginPage(page).open(base()).signIn("operator");
    SnapshotsPage snapshots = new SnapshotsPage(page).open(base(), "shop", "app-01");
    snapshots.select("app-01-before-upgrade");
    ClonePage clone = new ClonePage(page).openFromSnapshotManager();

    clone.type("name", "app-01-restored");
    assertThat(clone.showKubernetes()).containsText("VirtualMachineSnapshot");
    clone.confirm();

    VmActionsPage actions = new VmActionsPage(page);
    assertThat(actions.recentTasks()).containsText("Clone virtual machine");
    assertThat(actions.recentTasks()).containsText("Completed", PATIENT);
    VmSummaryPage copy = VmSummaryPage.open(page, base(), "shop", "app-01-restored");
    assertThat(copy.powerState()).hasText("Powered Off");
  }

  @Test
  void helpdeskIsNotOfferedClone() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("helpdesk");
    VmMenuPage menu = new VmMenuPage(page).openInGrid(inventory, "db-01");

    assertThat(menu.entry("Power On")).isVisible();
    assertThat(menu.entry("Clone…")).hasCount(0);
  }
}
