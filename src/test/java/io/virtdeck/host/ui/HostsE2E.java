package io.virtdeck.host.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.HostsPage;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmActionsPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** vMotion by drag and drop, and maintenance mode on a host with several VMs. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/hosts.kubeconfig"
    })
class HostsE2E extends BrowserTest {

  private static final LocatorAssertions.HasTextOptions SLOW =
      new LocatorAssertions.HasTextOptions().setTimeout(90_000);

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  @org.junit.jupiter.api.AfterEach
  void screenshotOfTheEnd(org.junit.jupiter.api.TestInfo test) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                BrowserTest.SCREENSHOTS.resolve(
                    "hosts-end-" + test.getTestMethod().orElseThrow().getName() + ".png")));
  }

  @Test
  void dragAVmOntoAHostMigratesItThere() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("operator");
    inventory.filter("web-01");
    // the filter applies after a pause in typing: until then the grid still shows every VM, and a
    // row found in it may be hidden by the time the mouse gets there
    assertThat(inventory.count()).hasText("1 virtual machine");
    HostsPage hosts = new HostsPage(page).openNavigatorTab();
    String source = hosts.hostOfFilteredVm();
    String target = source.equals("worker-02") ? "worker-03" : "worker-02";

    hosts.dragVmOntoHost("web-01", target);

    assertThat(hosts.migrateDialog()).containsText("Migrate web-01");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("migrate-dialog.png")));
    hosts.confirmMigrate();
    assertThat(inventory.grid())
        .containsText(target, new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
    assertThat(inventory.recentTasks()).containsText("Migrate virtual machine");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("hosts-tree.png")));
  }

  @Test
  void migrateFromTheRightClickMenuAndForSeveralSelectedVms() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("operator");
    inventory.filter("app-0");
    assertThat(inventory.count()).hasText(Pattern.compile("^[2-9] virtual machines$"));
    HostsPage hosts = new HostsPage(page);

    hosts.contextMenuItem("app-01", "migrate").click();
    assertThat(hosts.migrateDialog()).containsText("Migrate app-01");
    hosts.cancelMigrate();

    VmActionsPage actions = new VmActionsPage(page);
    actions.select("app-01");
    actions.select("app-02");
    actions.bulk("migrate").click();
    assertThat(hosts.migrateDialog()).containsText("Migrate 2 virtual machines");
    assertThat(hosts.migrateVms()).containsText("shop/app-01");
    assertThat(hosts.migrateVms()).containsText("shop/app-02");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("migrate-several.png")));
    hosts.confirmMigrate();

    assertThat(inventory.recentTasks()).containsText("shop/app-01");
    assertThat(inventory.recentTasks()).containsText("shop/app-02");
  }

  @Test
  void maintenanceModeDrainsAHostAndExitBringsItBack() {
    new LoginPage(page).open(base()).signIn("admin");
    HostsPage hosts = new HostsPage(page).openHost(base(), "worker-01");
    assertThat(hosts.state()).hasText("Connected");
    // the VMs tab is the VM grid, filtered to the host, with its actions
    assertThat(hosts.openVms()).containsText("Powered On");
    assertThat(hosts.openVms()).containsText("worker-01");
    hosts.openSummary();

    hosts.openMaintenanceDialog();
    assertThat(hosts.maintenanceVms()).containsText("live-migrates to another host");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("maintenance-dialog.png")));
    hosts.chooseOption("Power off");
    hosts.confirmMaintenance();

    assertThat(hosts.state()).hasText("In maintenance mode", SLOW);
    assertThat(hosts.drainSummary()).hasText(Pattern.compile("(\\d+) of \\1 VMs moved.*"));
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("maintenance.png")));

    Locator events = hosts.openEvents();
    assertThat(events).containsText("NodeNotSchedulable");
    assertThat(events).containsText("Migrated");

    hosts.exitMaintenance();
    assertThat(hosts.state()).hasText("Connected", SLOW);
    assertThat(events).containsText("NodeSchedulable"); // live: the uncordon's event arrives
  }
}
