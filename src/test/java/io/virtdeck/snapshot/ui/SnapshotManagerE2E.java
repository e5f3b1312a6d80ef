package io.virtdeck.snapshot.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.SnapshotsPage;
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

    page.locator("#snapshot-take").click();
    assertThat(snapshots.takeNote()).containsText("taken online");
    page.locator("#snapshot-name input").fill("Bad_Name");
    page.locator("#take-confirm").click();
    assertThat(page.locator("#snapshot-name")).containsText("lower-case");
    page.locator("#snapshot-name input").fill("app-01-e2e");
    page.locator("#snapshot-description textarea").fill("Before the E2E change");
    page.locator("#take-confirm").click();

    assertThat(snapshots.snapshot("app-01-e2e")).isVisible();
    assertThat(snapshots.row("Before the E2E change")).isVisible();
    assertThat(snapshots.tree()).containsText("Ready to use");
    assertThat(snapshots.recentTasks()).containsText("Create virtual machine snapshot");

    snapshots.select("app-01-before-upgrade");
    snapshots.button("revert").click();
    assertThat(snapshots.revertText()).containsText("unsaved data in the guest");
    page.locator("#revert-show-kubernetes").click();
    assertThat(page.locator("#teach-commands")).containsText("kind: \"VirtualMachineRestore\"");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("snapshot-revert.png")));
    snapshots.dialogButton("revert-power-cycle").click();

    assertThat(snapshots.recentTasks()).containsText("Revert to snapshot");
    assertThat(snapshots.recentTasks()).containsText("Power On virtual machine");
    assertThat(page.locator("#vm-power-state")).hasText("Powered On");
    assertThat(snapshots.youAreHere()).isVisible();

    snapshots.select("app-01-e2e");
    snapshots.button("delete").click();
    assertThat(page.locator("#delete-text")).containsText("app-01-e2e");
    page.locator("#delete-confirm").click();
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
    assertThat(page.locator("#snapshot-list-count"))
        .containsText("snapshots on 3 virtual machines");
    assertThat(page.locator("#snapshot-list")).containsText("web-01");
    assertThat(page.locator("#snapshot-list")).not().containsText("db-01");

    SnapshotsPage snapshots = new SnapshotsPage(page);
    snapshots.hoverVmOverTakeTarget("shop", "db-01");
    assertThat(snapshots.takeTarget()).containsText("Drop to take a snapshot of db-01");
    snapshots.releaseMouse();
    assertThat(page.locator("#snapshot-name")).isVisible();
    page.locator("#snapshot-name input").fill("db-01-dropped");
    page.locator("#take-confirm").click();

    assertThat(page.locator("#snapshot-list-count"))
        .containsText("snapshots on 4 virtual machines");
    assertThat(page.locator("#snapshot-list")).containsText("db-01");
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

    assertThat(page.locator("vaadin-notification-card"))
        .containsText("This is the Snapshot Manager of app-01");
    assertThat(page.locator("#take-snapshot")).hasCount(0);
  }
}
