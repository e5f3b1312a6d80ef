package io.virtdeck.provision.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.ClonePage;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.NewVmWizardPage;
import io.virtdeck.testing.pages.VmActionsPage;
import io.virtdeck.testing.pages.VmMenuPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Templates in the browser: an operator converts a stopped VM to a template, which then refuses
 * Power On, and deploys a new VM from it with the prefilled wizard; clones a stopped VM to a new
 * template; the helpdesk sees no template actions.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/templates.kubeconfig"
    })
class TemplatesE2E extends BrowserTest {

  private static final HasTextOptions A_MINUTE = new HasTextOptions().setTimeout(60_000);

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void operatorConvertsAVmToATemplateAndDeploysAVmFromIt() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("operator");
    inventory.openFolder("shop");
    VmMenuPage menu = new VmMenuPage(page).openInGrid(inventory, "web-02");
    menu.entry("Convert to Template").click();

    VmActionsPage actions = new VmActionsPage(page);
    assertThat(actions.recentTasks()).containsText("Convert virtual machine to template");
    assertThat(inventory.powerIconInGrid("web-02")).hasAttribute("data-power", "TEMPLATE");
    menu.openInGrid(inventory, "web-02");
    assertThat(menu.entry("Power On")).isDisabled();
    assertThat(menu.entry("Convert to Template")).hasCount(0);
    assertThat(menu.entry("Convert to Virtual Machine")).isVisible();
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("template-menu.png")));
    menu.entry("New VM from This Template").click();

    NewVmWizardPage wizard = new NewVmWizardPage(page).opened();
    assertThat(wizard.dialog()).hasJSProperty("headerTitle", "New Virtual Machine from web-02");
    assertThat(wizard.input("name")).hasValue("");
    wizard.type("name", "from-template-e2e").next().next().next().next().next();
    assertThat(wizard.yaml()).containsText("web-02-rootdisk");
    assertThat(wizard.yaml()).containsText("vlan-200-dmz");
    assertThat(wizard.yaml()).not().containsText("virtdeck.io/template");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("new-vm-from-template.png")));
    wizard.finish();

    assertThat(actions.recentTasks()).containsText("Create virtual machine");
    VmSummaryPage vm = VmSummaryPage.open(page, base(), "shop", "from-template-e2e");
    assertThat(vm.powerState()).hasText("Powered On", A_MINUTE);
    VmSummaryPage template = VmSummaryPage.open(page, base(), "shop", "web-02");
    assertThat(template.powerState()).hasText("Template");
    assertThat(actions.action("power_on")).isDisabled();
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("template-vm.png")));
  }

  @Test
  void operatorClonesAVmToATemplateThatIsNeverPoweredOn() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("operator");
    inventory.openFolder("shop");
    new VmMenuPage(page).openInGrid(inventory, "db-01").entry("Clone to Template").click();

    ClonePage clone = new ClonePage(page).opened();
    assertThat(clone.dialog()).hasJSProperty("headerTitle", "Clone db-01 to Template");
    assertThat(clone.nameInput()).hasValue("db-01-template");
    assertThat(clone.field("labels")).isHidden();
    Locator kubernetes = clone.showKubernetes();
    assertThat(kubernetes).containsText("VirtualMachineClone");
    assertThat(kubernetes).containsText("virtdeck.io~1template");
    assertThat(kubernetes).containsText("Halted");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("clone-to-template.png")));
    clone.confirm();

    VmActionsPage actions = new VmActionsPage(page);
    assertThat(actions.recentTasks()).containsText("Clone virtual machine");
    assertThat(actions.recentTasks())
        .containsText("Completed", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
    assertThat(inventory.powerIconInGrid("db-01-template")).hasAttribute("data-power", "TEMPLATE");
    assertThat(inventory.powerIconInGrid("db-01")).hasAttribute("data-power", "POWERED_OFF");
  }

  @Test
  void helpdeskSeesTheSeededTemplateButNoTemplateActions() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("helpdesk");
    inventory.openFolder("shop");
    assertThat(inventory.powerIconInGrid("fedora-template")).hasAttribute("data-power", "TEMPLATE");
    VmMenuPage menu = new VmMenuPage(page).openInGrid(inventory, "fedora-template");

    assertThat(menu.entry("Power On")).isDisabled();
    assertThat(menu.entry("New VM from This Template")).hasCount(0);
    assertThat(menu.entry("Convert to Virtual Machine")).hasCount(0);
    assertThat(menu.entry("Clone to Template")).hasCount(0);
  }
}
