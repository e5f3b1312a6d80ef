package io.virtdeck.vm.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer opens the demo and watches the inventory live. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/inventory.kubeconfig"
    })
class VmInventoryE2E extends BrowserTest {

  private KubernetesClient kubectl;

  @LocalServerPort int port;

  @BeforeEach
  void connectLikeKubectl() {
    kubectl = DemoClient.fromKubeconfig("target/e2e/inventory.kubeconfig");
  }

  @AfterEach
  void disconnect() {
    kubectl.close();
  }

  private InventoryPage inventory() {
    return new LoginPage(page).open("http://localhost:" + port).signIn("admin");
  }

  @Test
  void seededVmsShowInTreeAndGrid() {
    InventoryPage inventory = inventory();

    assertThat(inventory.count()).hasText("27 virtual machines");
    assertThat(inventory.gridCell("web-01")).isVisible();
    assertThat(inventory.treeNode("demo-datacenter")).isVisible();
    assertThat(inventory.treeNode("shop")).isVisible();
    assertThat(inventory.treeNode("finance")).isVisible();
    assertThat(inventory.powerIconInGrid("web-01")).hasAttribute("data-power", "POWERED_ON");
    assertThat(inventory.powerIconInGrid("db-01")).hasAttribute("data-power", "POWERED_OFF");
    inventory.screenshot(BrowserTest.SCREENSHOTS.resolve("inventory.png"));
  }

  @Test
  void filterNarrowsTheGridByName() {
    InventoryPage inventory = inventory();
    assertThat(inventory.gridCell("web-01")).isVisible();

    inventory.filter("db-0");

    assertThat(inventory.gridCell("db-01")).isVisible();
    assertThat(inventory.gridCell("db-02")).isVisible();
    assertThat(inventory.gridCell("web-01")).not().isVisible();
    assertThat(inventory.count()).hasText("2 virtual machines");
  }

  @Test
  void aClickOnAColumnHeaderSortsByThatColumnAloneAsInVcenter() {
    InventoryPage inventory = inventory();

    inventory.sortBy("Name");
    assertThat(inventory.activeSorters()).hasCount(1);
    inventory.sortBy("Power State");

    // the second click replaces the first sort (Shift+click adds one), so each sort walks an index
    assertThat(inventory.activeSorters()).hasCount(1);
    assertThat(inventory.activeSorters()).hasText("Power State");
  }

  @Test
  void shiftClickSortsWithinTheColumnsAlreadySortedBy() {
    InventoryPage inventory = inventory();

    inventory.sortBy("Power State").thenSortBy("Name");

    assertThat(inventory.activeSorters()).hasCount(2);
    // by power state first, then by name within each power state (vCenter's and Excel's way)
    assertThat(inventory.sorter("Power State")).hasJSProperty("_order", 0);
    assertThat(inventory.sorter("Name")).hasJSProperty("_order", 1);
  }

  @Test
  void folderNarrowsTheGridToItsNamespace() {
    InventoryPage inventory = inventory().openFolder("finance");

    assertThat(inventory.gridCell("db-01")).not().isVisible();
    assertThat(inventory.gridCell("erp-01")).isVisible();
    assertThat(inventory.count()).hasText("4 virtual machines");
    assertThat(inventory.firstGridCellWith("finance")).isVisible();
  }

  @Test
  void summaryShowsGuestHostAndHardware() {
    VmSummaryPage summary = inventory().openVm("web-01");

    assertThat(summary.powerState()).hasText("Powered On");
    assertThat(summary.value("Host")).hasText(Pattern.compile("worker-\\d+"));
    assertThat(summary.value("IP addresses")).hasText(Pattern.compile("10\\.244\\."));
    assertThat(summary.hardware()).containsText("Hard disk 1");
    assertThat(summary.hardware()).containsText("ceph-rbd");
    page.screenshot(
        new com.microsoft.playwright.Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("vm-summary.png")));
  }

  @Test
  void changesMadeThroughTheApiAppearWithoutReload() {
    List<String> consoleDebug = new CopyOnWriteArrayList<>();
    page.onConsoleMessage(
        message -> {
          if (message.type().equals("debug")) {
            consoleDebug.add(message.text());
          }
        });
    InventoryPage inventory = inventory();
    Locator running = inventory.powerIconInGrid("cache-01");
    Locator stopped = inventory.powerIconInGrid("win-ad-02");
    assertThat(running).hasAttribute("data-power", "POWERED_ON");
    assertThat(stopped).hasAttribute("data-power", "POWERED_OFF");
    inventory.expandFolder("infra");
    assertThat(inventory.powerIconInTree("win-ad-02")).hasAttribute("data-power", "POWERED_OFF");

    DemoClient.mergePatch(
        vms().inNamespace("shop").withName("cache-01"), "{\"spec\":{\"runStrategy\":\"Halted\"}}");
    DemoClient.mergePatch(
        vms().inNamespace("infra").withName("win-ad-02"),
        "{\"spec\":{\"runStrategy\":\"Always\"}}");

    assertThat(running).hasAttribute("data-power", "POWERED_OFF");
    assertThat(stopped).hasAttribute("data-power", "POWERED_ON");
    assertThat(inventory.powerIconInTree("win-ad-02")).hasAttribute("data-power", "POWERED_ON");

    vms().inNamespace("shop").resource(newVm("e2e-added-01")).create();
    assertThat(inventory.gridCell("e2e-added-01")).isVisible();

    vms().inNamespace("shop").withName("e2e-added-01").delete();
    assertThat(inventory.gridCell("e2e-added-01")).not().isVisible();
    assertThat(inventory.count()).hasText("27 virtual machines");
    // the pushes that carried these changes were not each logged to the console (QuietPush)
    org.assertj.core.api.Assertions.assertThat(consoleDebug)
        .noneMatch(text -> text.contains("Atmosphere"));
  }

  private io.fabric8.kubernetes.client.dsl.MixedOperation<
          GenericKubernetesResource,
          io.fabric8.kubernetes.api.model.GenericKubernetesResourceList,
          io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource>>
      vms() {
    return kubectl.genericKubernetesResources("kubevirt.io/v1", "VirtualMachine");
  }

  private static GenericKubernetesResource newVm(String name) {
    return DemoClient.vm("shop", name);
  }
}
