package io.virtdeck.provision.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.virtdeck.testing.BrowserTest;
import io.virtdeck.testing.pages.DeleteFromDiskPage;
import io.virtdeck.testing.pages.EditSettingsPage;
import io.virtdeck.testing.pages.InventoryPage;
import io.virtdeck.testing.pages.LoginPage;
import io.virtdeck.testing.pages.NewVmWizardPage;
import io.virtdeck.testing.pages.VmActionsPage;
import io.virtdeck.testing.pages.VmSummaryPage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A VM's life in the browser: the New Virtual Machine wizard to a running VM, Edit Settings of a
 * stopped VM, Delete from Disk.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "virtdeck.demo.step=100ms",
      "virtdeck.demo.kubeconfig=target/e2e/provision.kubeconfig"
    })
class ProvisionE2E extends BrowserTest {

  @LocalServerPort int port;

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void operatorCreatesAVmWithTheWizardAndItRuns() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("operator");
    inventory.openFolder("dev");
    NewVmWizardPage wizard = new NewVmWizardPage(page).open();

    wizard.type("name", "Wizard_E2E").next();
    assertThat(wizard.field("name")).containsText("is not a valid name");
    wizard.type("name", "wizard-e2e").next();
    assertThat(wizard.step("compute")).hasAttribute("aria-current", "step");
    assertThat(wizard.input("instance-type")).hasValue(java.util.regex.Pattern.compile(".+"));
    wizard.next();
    assertThat(wizard.input("boot-image")).hasValue(java.util.regex.Pattern.compile(".+"));
    wizard.type("size", "1Gi").next();
    assertThat(wizard.field("size")).containsText("is smaller than the image");
    wizard.type("size", "40Gi").next();
    wizard.next();
    wizard.type("password", "short").next();
    assertThat(wizard.field("password")).containsText("at least 8 characters");
    wizard.type("password", "correct-horse").next();

    assertThat(wizard.summary()).containsText("wizard-e2e");
    assertThat(wizard.yaml()).containsText("dataVolumeTemplates");
    assertThat(wizard.yaml()).containsText("Always");
    assertThat(wizard.yaml()).not().containsText("correct-horse");
    assertThat(wizard.commands()).containsText("kubectl create -f -");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("new-vm.png")));
    wizard.finish();

    assertThat(inventory.recentTasks()).containsText("Create virtual machine");
    VmSummaryPage vm = VmSummaryPage.open(page, base(), "dev", "wizard-e2e");
    assertThat(vm.powerState())
        .hasText(
            "Powered On",
            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                .setTimeout(60_000));
  }

  @Test
  void operatorEditsTheMemoryOfAStoppedVm() {
    new LoginPage(page).open(base()).signIn("operator");
    VmSummaryPage vm = VmSummaryPage.open(page, base(), "shop", "db-01");
    assertThat(vm.powerState()).hasText("Powered Off");
    EditSettingsPage edit = new EditSettingsPage(page).open();

    edit.type("memory", "1.5.5Gi");
    assertThat(edit.field("memory")).containsText("is not a memory size");
    edit.type("memory", "12Gi");
    assertThat(edit.effects()).containsText("used when the VM is next powered on");
    assertThat(edit.showKubernetes()).containsText("\"op\":\"test\"");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(BrowserTest.SCREENSHOTS.resolve("edit-settings.png")));
    edit.confirm();

    assertThat(new VmActionsPage(page).recentTasks()).containsText("Reconfigure virtual machine");
    assertThat(new VmActionsPage(page).recentTasks()).containsText("Completed");
    assertThat(vm.hardware()).containsText("12 GiB");
  }

  @Test
  void helpdeskSeesNoProvisioningActions() {
    new LoginPage(page).open(base()).signIn("helpdesk");
    VmSummaryPage.open(page, base(), "shop", "db-01");
    assertThat(new VmActionsPage(page).action("power_on")).isVisible();

    assertThat(new EditSettingsPage(page).button()).hasCount(0);
    assertThat(new VmActionsPage(page).actionsMenu()).hasCount(0);
    new InventoryPage(page).open(base());
    assertThat(new NewVmWizardPage(page).button()).hasCount(0);
  }

  @Test
  void operatorDeletesAStoppedVmFromDiskWithItsDisks() {
    InventoryPage inventory = new LoginPage(page).open(base()).signIn("operator");
    VmSummaryPage.open(page, base(), "infra", "win-ad-02");
    assertThat(new VmSummaryPage(page).powerState()).hasText("Powered Off");
    DeleteFromDiskPage delete = new DeleteFromDiskPage(page).open();

    assertThat(delete.text()).containsText("cannot be recovered");
    assertThat(delete.item("win-ad-02-rootdisk")).containsText("Gi · datastore");
    assertThat(delete.item("win-ad-02-rootdisk")).hasJSProperty("checked", true);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(BrowserTest.SCREENSHOTS.resolve("delete-from-disk.png")));
    delete.confirm();

    assertThat(new VmActionsPage(page).recentTasks())
        .containsText("Delete virtual machine from disk");
    assertThat(new VmSummaryPage(page).summary()).containsText("no longer exists");
    inventory.open(base());
    assertThat(inventory.gridCell("win-ad-02")).hasCount(0);
  }
}
