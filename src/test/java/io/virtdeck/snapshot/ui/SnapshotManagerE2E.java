package io.virtdeck.snapshot.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.SnapshotsPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Snapshot Manager end to end: take, revert with power-off, delete; the inventory list. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/snapshots.kubeconfig"
    })
class SnapshotManagerE2E extends BrowserTest {

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void operatorTakesRevertsWithPowerOffAndDeletesASnapshotOfARunningVm() {
    new LoginPage(page).open(base()).signIn("operator");
    SnapshotsPage snapshots = new SnapshotsPage(page).open(base(), "shop", "app-01");
    assertThat(snapshots.snapshot("app-01-before-upgrade")).isVisible();
    assertThat(snapshots.youAreHere()).isVisible();

    snapshots.button("take").click();
    assertThat(snapshots.takeNote()).containsText("taken online");
    snapshots.nameInput().fill("Bad_Name");
    snapshots.dialogButton("take-confirm").click();
    assertThat(snapshots.nameField()).containsText("lower-case");
    snapshots.nameInput().fill("app-01-e2e");
    snapshots.descriptionInput().fill("Before the E2E change");
    snapshots.dialogButton("take-confirm").click();

    assertThat(snapshots.snapshot("app-01-e2e")).isVisible();
    assertThat(snapshots.row("Before the E2E change")).isVisible();
    assertThat(snapshots.tree()).containsText("Ready to use");
    assertThat(snapshots.recentTasks()).containsText("Create virtual machine snapshot");

    snapshots.select("app-01-before-upgrade");
    snapshots.button("revert").click();
    assertThat(snapshots.revertText()).containsText("unsaved data in the guest");
    snapshots.dialogButton("revert-show-kubernetes").click();
    assertThat(snapshots.teachCommands()).containsText("kind: VirtualMachineRestore");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("snapshot-revert.png")));
    snapshots.dialogButton("revert-power-cycle").click();

    assertThat(snapshots.recentTasks()).containsText("Revert to snapshot");
    assertThat(snapshots.recentTasks()).containsText("Power On virtual machine");
    assertThat(new VmSummaryPage(page).powerState()).hasText("Powered On");
    assertThat(snapshots.youAreHere()).isVisible();

    snapshots.select("app-01-e2e");
    snapshots.button("delete").click();
    assertThat(snapshots.deleteText()).containsText("app-01-e2e");
    snapshots.dialogButton("delete-confirm").click();
    assertThat(snapshots.snapshot("app-01-e2e")).hasCount(0);
    assertThat(snapshots.recentTasks()).containsText("Remove snapshot");
  }

  @Test
  void draggingASnapshotOntoItsVmOffersTheRevert() {
    new LoginPage(page).open(base()).signIn("operator");
    SnapshotsPage snapshots = new SnapshotsPage(page).open(base(), "shop", "app-01");
    assertThat(snapshots.snapshot("app-01-before-upgrade")).isVisible();

    snapshots.dragSnapshotOntoVm("app-01-before-upgrade");

    assertThat(snapshots.revertText()).containsText("app-01-before-upgrade");
  }

  @Test
  void inventoryListShowsWhichVmsHaveSnapshotsAndTakesOneOfAVmDroppedOnIt() {
    new LoginPage(page).open(base()).signIn("admin");
    page.navigate(base() + "/snapshots");
    SnapshotsPage snapshots = new SnapshotsPage(page);
    assertThat(snapshots.listCount()).containsText("snapshots on 3 virtual machines");
    assertThat(snapshots.list()).containsText("web-01");
    assertThat(snapshots.list()).not().containsText("db-01");

    snapshots.hoverVmOverTakeTarget("shop", "db-01");
    assertThat(snapshots.takeTarget()).containsText("Drop to take a snapshot of db-01");
    snapshots.releaseMouse();
    assertThat(snapshots.nameField()).isVisible();
    snapshots.nameInput().fill("db-01-dropped");
    snapshots.dialogButton("take-confirm").click();

    assertThat(snapshots.listCount()).containsText("snapshots on 4 virtual machines");
    assertThat(snapshots.list()).containsText("db-01");
    assertThat(snapshots.recentTasks()).containsText("Create virtual machine snapshot");
  }

  @Test
  void aVmManagerRefusesToSnapshotAnotherVmDroppedOnItAndSaysWhy() {
    new LoginPage(page).open(base()).signIn("operator");
    SnapshotsPage snapshots = new SnapshotsPage(page).open(base(), "shop", "app-01");
    assertThat(snapshots.takeTarget()).containsText("Drop app-01 here");

    snapshots.hoverVmOverTakeTarget("shop", "web-01");
    assertThat(snapshots.takeTarget()).containsText("This is the Snapshot Manager of app-01");
    assertThat(snapshots.takeTarget()).hasClass(java.util.regex.Pattern.compile("drop-refused"));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("snapshot-take-refused.png")));
    snapshots.releaseMouse();

    assertThat(snapshots.notification()).containsText("This is the Snapshot Manager of app-01");
    assertThat(snapshots.takeDialog()).hasCount(0);
  }
}
