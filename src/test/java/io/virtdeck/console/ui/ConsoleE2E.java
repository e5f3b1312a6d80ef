package io.virtdeck.console.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.virtdeck.demo.DemoCluster;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.ConsolePage;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmMenuPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web console and serial console of demo VMs, in the browser, as the demo users. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"virtdeck.demo.step=100ms"})
class ConsoleE2E extends BrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired DemoCluster demo;

  private ConsolePage signIn(String user) {
    new LoginPage(page).open(base()).signIn(user);
    return new ConsolePage(page);
  }

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void helpdeskSeesTheLoginScreenDrawnAndTypedKeysChangeIt() {
    ConsolePage console = signIn("helpdesk").openWebConsole(base(), "shop", "web-01");
    assertThat(console.state()).hasText("Connected");
    assertThat(page.title()).contains("web-01");
    await().atMost(PATIENCE).until(() -> console.litPixels() > 1000);
    String before = console.canvasPixels();
    console.type("root");
    await().atMost(PATIENCE).until(() -> !console.canvasPixels().equals(before));
    assertThat(console.kubernetes()).containsText("virtctl vnc web-01 -n shop");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("web-console.png")));
  }

  @Test
  void ctrlAltDelFromTheToolbarReachesAWindowsGuestWhoseScreenChanges() {
    ConsolePage console = signIn("helpdesk").openWebConsole(base(), "infra", "win-ad-01");
    assertThat(console.state()).hasText("Connected");
    await().atMost(PATIENCE).until(() -> console.litPixels() > 1000);
    String[] steady = {""}; // the sign-in screen, once it no longer changes by itself
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              String now = console.canvasPixels();
              boolean same = now.equals(steady[0]);
              steady[0] = now;
              return same;
            });
    String signInScreen = steady[0];
    console.ctrlAltDel();
    await().atMost(PATIENCE).until(() -> !console.canvasPixels().equals(signInScreen));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(
                BrowserTest.SCREENSHOTS.resolve("web-console-windows-after-ctrl-alt-del.png")));
  }

  @Test
  void theSerialConsoleLogsInAndHostnamePrintsTheVmsName() {
    ConsolePage console = signIn("helpdesk").openSerialConsole(base(), "shop", "web-01");
    assertThat(console.state()).hasText("Connected");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("serial-console-connected.png")));
    await().atMost(PATIENCE).until(() -> console.serialText().contains("web-01 login:"));
    console.type("helpdesk");
    console.pressEnter();
    await().atMost(PATIENCE).until(() -> console.serialText().contains("Password:"));
    page.keyboard().type("demo");
    console.pressEnter();
    await().atMost(PATIENCE).until(() -> console.serialText().contains("[helpdesk@web-01 ~]$"));
    page.keyboard().type("hostname");
    console.pressEnter();
    await().atMost(PATIENCE).until(() -> console.serialText().contains("$ hostname\nweb-01"));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("serial-console.png")));
  }

  @Test
  void theSerialConsolePastesWithCtrlVAndCopiesASelectionWithCtrlC() {
    page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
    ConsolePage console = signIn("helpdesk").openSerialConsole(base(), "shop", "app-01");
    assertThat(console.state()).hasText("Connected");
    await().atMost(PATIENCE).until(() -> console.serialText().contains("app-01 login:"));
    console.pasteWithCtrlV("pasted-user");
    await().atMost(PATIENCE).until(() -> console.serialText().contains("login: pasted-user"));
    console.selectAllAndCopyWithCtrlC();
    await().atMost(PATIENCE).until(() -> console.clipboard().contains("app-01 login: pasted-user"));
    assertThat(console.serialText()).doesNotContain("^C"); // copying does not interrupt the guest
  }

  @Test
  void aStoppedVmsConsoleOffersPowerOnAndConnectsOnceTheVmRuns() {
    createStoppedVm("shop", "console-e2e-off");
    ConsolePage console = signIn("helpdesk").openWebConsole(base(), "shop", "console-e2e-off");
    assertThat(console.state())
        .hasText("The VM is not running. The console connects as soon as it runs.");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("web-console-not-running.png")));
    console.powerOn().click();
    assertThat(console.powerOn()).isHidden();
    assertThat(console.state())
        .hasText("Connected", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    await().atMost(PATIENCE).until(() -> console.litPixels() > 1000);
  }

  @Test
  void theRightClickMenusOfARunningVmOpenItsConsolesAndAStoppedVmsOfferNone() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("helpdesk").filter("web-0");
    VmMenuPage menu = new VmMenuPage(page).openInGrid(inventory, "web-02");
    assertThat(menu.entry("Power On")).hasCount(1);
    assertThat(menu.entry("Launch Web Console")).hasCount(0);
    assertThat(menu.entry("Open Serial Console")).hasCount(0);
    menu.close();

    menu.openInGrid(inventory, "web-01");
    Page web = page.waitForPopup(() -> menu.entry("Launch Web Console").click());
    assertThat(new ConsolePage(web).state())
        .hasText("Connected", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    assertThat(web).hasURL(base() + "/vm/shop/web-01/console");
    web.close();

    inventory.expandFolder("shop");
    menu.openInTree(inventory, "web-01");
    Page serial = page.waitForPopup(() -> menu.entry("Open Serial Console").click());
    assertThat(new ConsolePage(serial).state())
        .hasText("Connected", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    assertThat(serial).hasURL(base() + "/vm/shop/web-01/serial");
  }

  @Test
  void theVmSummaryShowsTheConsoleThumbnailWhichOpensTheWebConsole() {
    signIn("helpdesk");
    VmSummaryPage.open(page, base(), "shop", "web-01");
    ConsolePage console = new ConsolePage(page);
    assertThat(console.thumbnail()).isVisible();
    await().atMost(PATIENCE).until(console::thumbnailLoaded);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("vm-summary-console-thumbnail.png")));
    Page web = page.waitForPopup(() -> console.thumbnail().click());
    assertThat(new ConsolePage(web).state())
        .hasText("Connected", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
  }

  private void createStoppedVm(String namespace, String name) {
    demo.server()
        .adminClient()
        .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
        .inNamespace(namespace)
        .resource(
            new GenericKubernetesResourceBuilder()
                .withApiVersion("kubevirt.io/v1")
                .withKind("VirtualMachine")
                .withNewMetadata()
                .withNamespace(namespace)
                .withName(name)
                .endMetadata()
                .addToAdditionalProperties(
                    "spec", Map.of("runStrategy", "Halted", "template", Map.of("spec", Map.of())))
                .build())
        .create();
  }

  @Test
  void aShopOwnerCannotOpenAnotherNamespacesConsole() {
    ConsolePage console = signIn("shop-owner").openWebConsole(base(), "infra", "win-ad-01");
    assertThat(console.refused()).hasText("You may not open this VM's console.");
    assertThat(console.vncConsole()).hasCount(0);
  }
}
