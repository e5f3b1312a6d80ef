package io.virtdeck.alarm.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.DemoClient;
import io.virtdeck.testing.pages.AlarmsPage;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An alert the demo Prometheus fires on a VM shows as a red triangle on its grid and tree rows, and
 * in its Alarms tab, where the operator acknowledges it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.kubeconfig=target/e2e/alarms.kubeconfig",
      "virtdeck.alarms.poll=1s"
    })
class AlarmsE2E extends BrowserTest {

  private static final String ALERT = "prometheus/WebIsOnFire/";

  @LocalServerPort int port;
  private KubernetesClient kubectl;

  private String base() {
    return "http://localhost:" + port;
  }

  @BeforeEach
  void patience() {
    kubectl = DemoClient.fromKubeconfig("target/e2e/alarms.kubeconfig");
    // the machine running the tests may be busy: waiting longer never makes a wrong page pass
    page.setDefaultTimeout(60_000);
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
  }

  @AfterEach
  void quiet() {
    fire("null");
    kubectl.close();
  }

  private void fire(String value) {
    DemoClient.mergePatch(
        kubectl
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachine")
            .inNamespace("shop")
            .withName("web-01"),
        "{\"metadata\":{\"annotations\":{\"virtdeck.io/demo-alert\":" + value + "}}}");
  }

  @Test
  void anAlertOnAVmShowsATriangleAndTheOperatorAcknowledgesIt() {
    new LoginPage(page).open(base()).signIn("operator");
    InventoryPage inventory = new InventoryPage(page).filter("web-01");
    AlarmsPage alarms = new AlarmsPage(page);
    assertThat(inventory.gridCell("web-01")).isVisible();
    assertThat(alarms.markInGrid("web-01")).isHidden();

    fire("\"WebIsOnFire/critical\"");

    assertThat(alarms.markInGrid("web-01")).hasAttribute("data-mark", "critical");
    inventory.expandFolder("shop");
    assertThat(alarms.markInTree("web-01")).isVisible();
    assertThat(alarms.openCount()).hasText(Pattern.compile("[1-9][0-9]*"));

    VmSummaryPage.open(page, base(), "shop", "web-01");
    alarms.openTab();
    assertThat(alarms.cell("WebIsOnFire")).isVisible();
    alarms.acknowledge(ALERT);

    assertThat(alarms.cell("operator")).isVisible();
    assertThat(alarms.acknowledgeButton(ALERT)).isDisabled();
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("vm-alarms.png")));

    alarms.openAllIssues();
    assertThat(alarms.cell("WebIsOnFire")).isVisible();
    assertThat(alarms.cell("OrphanedVirtualMachineInstances")).isVisible();
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("all-issues.png")));

    new InventoryPage(page).open(base()).filter("web-01");
    assertThat(alarms.markInGrid("web-01")).hasClass(Pattern.compile("mark-acknowledged"));
  }

  @Test
  void aShopOwnerSeesNoAlarmOfHostsOrOtherFolders() {
    new LoginPage(page).open(base()).signIn("shop-owner");
    AlarmsPage alarms = new AlarmsPage(page);

    alarms.openAllIssues();

    assertThat(alarms.cell("GuestFilesystemAlmostOutOfSpace")).isVisible();
    assertThat(alarms.cell("OrphanedVirtualMachineInstances")).hasCount(0);
    assertThat(alarms.cell("VMCannotBeEvicted")).hasCount(0);
  }

  @Test
  void aDatastorePageHasAnAlarmsTab() {
    new LoginPage(page).open(base()).signIn("admin");
    AlarmsPage alarms = new AlarmsPage(page).openDatastore(base(), "ceph-rbd");

    alarms.openTab();

    assertThat(alarms.panel()).isVisible();
    assertThat(alarms.cell("WebIsOnFire")).hasCount(0);
  }
}
