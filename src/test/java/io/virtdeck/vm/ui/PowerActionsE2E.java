package io.virtdeck.vm.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.VmActionsPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Helpdesk and operator power flows, end to end, with Recent Tasks and teaching mode. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/power.kubeconfig"
    })
class PowerActionsE2E extends BrowserTest {

  @LocalServerPort int port;

  private InventoryPage signIn(String user) {
    return new LoginPage(page).open("http://localhost:" + port).signIn(user);
  }

  @Test
  void helpdeskFindsAVmPowersItOnAndOffAndSeesTheKubernetes() {
    InventoryPage inventory = signIn("helpdesk").search("web-02");
    assertThat(inventory.count()).hasText("1 virtual machine");
    assertThat(inventory.gridCell("web-02")).isVisible();
    page.navigate("http://localhost:" + port + "/vm/shop/web-02");
    VmActionsPage actions = new VmActionsPage(page);

    assertThat(actions.action("power_on")).isEnabled();
    assertThat(actions.action("power_off")).isDisabled();
    assertThat(actions.action("suspend")).hasCount(0);
    actions.action("power_on").click();

    assertThat(actions.recentTasks()).containsText("Power On virtual machine");
    assertThat(actions.recentTasks()).containsText("Completed");
    assertThat(new VmSummaryPage(page).powerState()).hasText("Powered On");

    actions.action("power_off").click();
    assertThat(actions.confirmText()).containsText("web-02");
    assertThat(actions.confirmText()).containsText("unsaved data in it is lost");
    assertThat(actions.showKubernetes())
        .containsText("virtctl stop web-02 -n shop --grace-period=0 --force");
    page.screenshot(
        new com.microsoft.playwright.Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("power-off-confirm.png")));
    actions.confirm();

    assertThat(new VmSummaryPage(page).powerState()).hasText("Powered Off");
    assertThat(actions.recentTasks()).containsText("Power Off virtual machine");
  }

  @Test
  void operatorStartsThreeVmsAtOnce() {
    InventoryPage inventory = signIn("operator");
    VmActionsPage actions = new VmActionsPage(page);
    for (String vm : new String[] {"ci-runner-02", "erp-01", "dns-02"}) {
      assertThat(inventory.powerIconInGrid(vm)).hasAttribute("data-power", "POWERED_OFF");
      actions.select(vm);
    }
    assertThat(actions.selectedCount()).hasText("3 selected");

    actions.bulk("power_on").click();
    assertThat(actions.confirmText()).containsText("ci-runner-02, erp-01, dns-02");
    actions.confirm();

    for (String vm : new String[] {"ci-runner-02", "erp-01", "dns-02"}) {
      assertThat(inventory.powerIconInGrid(vm)).hasAttribute("data-power", "POWERED_ON");
    }
    assertThat(actions.recentTasks()).containsText(Pattern.compile("Power On virtual machine"));
    page.screenshot(
        new com.microsoft.playwright.Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("bulk-power-on.png")));
  }
}
